package org.learningledger.command.organisation;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.organisation.OrganisationCommands.AddMember;
import org.learningledger.command.organisation.OrganisationCommands.AppointAnalyst;
import org.learningledger.command.organisation.OrganisationCommands.AppointReviewer;
import org.learningledger.command.organisation.OrganisationCommands.AppointSteward;
import org.learningledger.command.organisation.OrganisationCommands.RegisterRegion;
import org.learningledger.command.organisation.OrganisationCommands.RegisterTeam;
import org.learningledger.command.organisation.OrganisationCommands.RemoveAnalyst;
import org.learningledger.command.organisation.OrganisationCommands.RemoveMember;
import org.learningledger.command.organisation.OrganisationCommands.RemoveReviewer;
import org.learningledger.command.organisation.OrganisationCommands.RemoveSteward;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administration: regions, teams, memberships, stewards, reviewers, analysts. Needs the token's admin role. */
@RestController
@PreAuthorize("hasRole('admin')")
class OrganisationController {

    private final CommandGateway commands;
    private final Directory directory;

    OrganisationController(CommandGateway commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/api/regions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> registerRegion(@Valid @RequestBody OrganisationRequests.Region body) {
        commands.sendAndWait(new RegisterRegion(new RegionId(body.regionId()), body.name()));
        return Map.of("regionId", body.regionId());
    }

    @PostMapping("/api/teams")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> registerTeam(@Valid @RequestBody OrganisationRequests.Team body) {
        commands.sendAndWait(new RegisterTeam(new TeamId(body.teamId()), new RegionId(body.regionId()),
                body.name(), body.focus(), directory.regionExists(body.regionId())));
        return Map.of("teamId", body.teamId());
    }

    @PostMapping("/api/teams/{teamId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addMember(@PathVariable UUID teamId, @Valid @RequestBody OrganisationRequests.Person body) {
        commands.sendAndWait(new AddMember(new TeamId(teamId), new UserId(body.userId())));
        return Map.of("teamId", teamId, "userId", body.userId());
    }

    @DeleteMapping("/api/teams/{teamId}/members/{userId}")
    Map<String, Object> removeMember(@PathVariable UUID teamId, @PathVariable String userId) {
        commands.sendAndWait(new RemoveMember(new TeamId(teamId), user(userId)));
        return Map.of("teamId", teamId, "userId", userId, "removed", true);
    }

    @PostMapping("/api/regions/{regionId}/stewards")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> appointSteward(@PathVariable UUID regionId,
                                       @Valid @RequestBody OrganisationRequests.Person body) {
        commands.sendAndWait(new AppointSteward(new RegionId(regionId), new UserId(body.userId())));
        return Map.of("regionId", regionId, "userId", body.userId());
    }

    /**
     * 204 whether or not the person was a steward: afterwards they are not, which is what was asked, and
     * a retried or repeated removal must not look like a failure. An unknown region is a 404.
     */
    @DeleteMapping("/api/regions/{regionId}/stewards/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSteward(@PathVariable UUID regionId, @PathVariable String userId) {
        commands.sendAndWait(new RemoveSteward(new RegionId(regionId), user(userId)));
    }

    @PostMapping("/api/regions/{regionId}/reviewers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> appointReviewer(@PathVariable UUID regionId,
                                        @Valid @RequestBody OrganisationRequests.Person body) {
        commands.sendAndWait(new AppointReviewer(new RegionId(regionId), new UserId(body.userId())));
        return Map.of("regionId", regionId, "userId", body.userId());
    }

    /** 204 like {@link #removeSteward}: afterwards the person reviews none of the region's reports. */
    @DeleteMapping("/api/regions/{regionId}/reviewers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeReviewer(@PathVariable UUID regionId, @PathVariable String userId) {
        commands.sendAndWait(new RemoveReviewer(new RegionId(regionId), user(userId)));
    }

    /** 204 like {@link #removeSteward}: someone never appointed is already not an analyst. */
    @DeleteMapping("/api/analysts/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAnalyst(@PathVariable String userId) {
        try {
            commands.sendAndWait(RemoveAnalyst.of(user(userId)));
        } catch (AggregateNotFoundException neverAppointed) {
            // nothing to end
        }
    }

    private static UserId user(String userId) {
        if (!userId.matches(UserId.PATTERN)) {
            throw new FieldRuleViolation("userId", "pattern", "must be an identity subject without spaces");
        }
        return new UserId(userId);
    }

    @PostMapping("/api/analysts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> appointAnalyst(@Valid @RequestBody OrganisationRequests.Person body) {
        commands.sendAndWait(AppointAnalyst.of(new UserId(body.userId())));
        return Map.of("userId", body.userId());
    }
}
