package org.learningledger.query.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.OrganisationEvent;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the organisation read model cannot do without, per event. The first required field is the
 * aggregate the event belongs to. A team's focus may be absent: it is shown as empty.
 */
final class OrganisationEventChecks {

    private OrganisationEventChecks() {
    }

    static boolean isOrganisationEvent(Object event) {
        return event instanceof OrganisationEvent;
    }

    /** The region, team or appointment whose history the event belongs to (null when absent). */
    static UUID aggregateId(Object event) {
        return (UUID) required(event).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(Object event) {
        return RequiredFields.missing(required(event));
    }

    private static Map<String, Object> required(Object event) {
        return event instanceof OrganisationEvent e ? e.handle(REQUIRED) : Map.of();
    }

    /** Field names and values, in order: the exhaustive switch over the organisation's events. */
    private static final Required REQUIRED = new Required();

    private static final class Required implements OrganisationEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> regionRegistered(RegionRegistered e) {
            return RequiredFields.of("regionId", e.regionId(), "name", e.name());
        }

        @Override
        public Map<String, Object> teamRegistered(TeamRegistered e) {
            return RequiredFields.of("teamId", e.teamId(), "regionId", e.regionId(), "name", e.name());
        }

        @Override
        public Map<String, Object> memberAdded(MemberAdded e) {
            return RequiredFields.of("teamId", e.teamId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> memberRemoved(MemberRemoved e) {
            return RequiredFields.of("teamId", e.teamId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> stewardAppointed(StewardAppointed e) {
            return RequiredFields.of("regionId", e.regionId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> analystAppointed(AnalystAppointed e) {
            return RequiredFields.of("appointmentId", e.appointmentId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> stewardRemoved(StewardRemoved e) {
            return RequiredFields.of("regionId", e.regionId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> analystRemoved(AnalystRemoved e) {
            return RequiredFields.of("appointmentId", e.appointmentId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> reviewerAppointed(ReviewerAppointed e) {
            return RequiredFields.of("regionId", e.regionId(), "userId", e.userId());
        }

        @Override
        public Map<String, Object> reviewerRemoved(ReviewerRemoved e) {
            return RequiredFields.of("regionId", e.regionId(), "userId", e.userId());
        }
    }
}
