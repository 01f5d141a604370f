package org.learningledger.command.organisation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Administrative commands; admin work is recorded as events like everything else. */
final class OrganisationCommands {

    private OrganisationCommands() {
    }

    record RegisterRegion(@TargetAggregateIdentifier RegionId regionId, String name) {
    }

    record AppointSteward(@TargetAggregateIdentifier RegionId regionId, UserId userId) {
    }

    record RemoveSteward(@TargetAggregateIdentifier RegionId regionId, UserId userId) {
    }

    record AppointReviewer(@TargetAggregateIdentifier RegionId regionId, UserId userId) {
    }

    record RemoveReviewer(@TargetAggregateIdentifier RegionId regionId, UserId userId) {
    }

    /** {@code regionRegistered}: whether the directory knew the region when the command arrived. */
    record RegisterTeam(@TargetAggregateIdentifier TeamId teamId, RegionId regionId, String name, String focus,
                        boolean regionRegistered) {
    }

    record AddMember(@TargetAggregateIdentifier TeamId teamId, UserId userId) {
    }

    record RemoveMember(@TargetAggregateIdentifier TeamId teamId, UserId userId) {
    }

    record AppointAnalyst(@TargetAggregateIdentifier UUID appointmentId, UserId userId) {

        /** One appointment per person, so appointing someone twice is harmless. */
        static AppointAnalyst of(UserId userId) {
            return new AppointAnalyst(appointmentOf(userId), userId);
        }
    }

    /** Ends the person's one appointment (the same derived id), so removing twice is harmless. */
    record RemoveAnalyst(@TargetAggregateIdentifier UUID appointmentId, UserId userId) {

        static RemoveAnalyst of(UserId userId) {
            return new RemoveAnalyst(appointmentOf(userId), userId);
        }
    }

    private static UUID appointmentOf(UserId userId) {
        return UUID.nameUUIDFromBytes(("analyst:" + userId.value()).getBytes(StandardCharsets.UTF_8));
    }
}
