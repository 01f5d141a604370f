package org.learningledger.command.learning;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.learning.LearningCommands.DraftLearning;
import org.learningledger.command.learning.LearningCommands.EndorseLearning;
import org.learningledger.command.learning.LearningCommands.InviteToPublish;
import org.learningledger.command.learning.LearningCommands.PublishLearning;
import org.learningledger.command.learning.LearningCommands.ReviseLearning;
import org.learningledger.command.learning.LearningCommands.WithdrawLearning;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.TeamId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Learnings over HTTP: the team drafts, revises, publishes and withdraws; stewards endorse and invite. */
@RestController
class LearningController {

    private final CommandGateway commands;

    LearningController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/teams/{teamId}/learnings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> draft(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID teamId,
                              @Valid @RequestBody LearningRequests.Draft body) {
        if (body.learningId() == null) {
            throw new FieldRuleViolation("learningId", "NotNull", "must not be null");
        }
        commands.sendAndWait(new DraftLearning(new LearningId(body.learningId()), Actors.of(jwt), new TeamId(teamId),
                body.content()));
        return Map.of("learningId", body.learningId(), "teamId", teamId);
    }

    @PutMapping("/api/learnings/{id}")
    Map<String, Object> revise(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody LearningRequests.Draft body) {
        if (body.learningId() != null && !body.learningId().equals(id)) {
            throw new FieldRuleViolation("learningId", "matches-path", "must be absent or equal the id in the path");
        }
        commands.sendAndWait(new ReviseLearning(new LearningId(id), Actors.of(jwt), body.content()));
        return Map.of("learningId", id);
    }

    @PostMapping("/api/learnings/{id}/publications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> publish(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody LearningRequests.Publish body) {
        Integer version = commands.sendAndWait(new PublishLearning(new LearningId(id), Actors.of(jwt), body.tier()));
        return Map.of("learningId", id, "version", version, "tier", body.tier());
    }

    @PostMapping("/api/learnings/{id}/withdrawal")
    Map<String, Object> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                 @Valid @RequestBody LearningRequests.Withdraw body) {
        commands.sendAndWait(new WithdrawLearning(new LearningId(id), Actors.of(jwt), body.reason()));
        return Map.of("learningId", id, "withdrawn", true);
    }

    @PostMapping("/api/learnings/{id}/endorsements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> endorse(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody LearningRequests.Endorse body) {
        commands.sendAndWait(new EndorseLearning(new LearningId(id), Actors.of(jwt), body.note()));
        return Map.of("learningId", id, "endorsed", true);
    }

    @PostMapping("/api/learnings/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> invite(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody LearningRequests.Invite body) {
        commands.sendAndWait(new InviteToPublish(new LearningId(id), Actors.of(jwt), body.tier()));
        return Map.of("learningId", id, "invited", body.tier());
    }
}
