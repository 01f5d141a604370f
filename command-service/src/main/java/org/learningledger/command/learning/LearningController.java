package org.learningledger.command.learning;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.command.publication.Finding;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learnings over HTTP: the team drafts, revises, publishes and withdraws; stewards endorse and invite.
 * Each call loads the facts its decision needs, then dispatches.
 */
@RestController
class LearningController {

    private final CommandGateway commands;
    private final LearningFacts facts;

    LearningController(CommandGateway commands, LearningFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    /** A draft is stored even when its text seems to identify someone; the answer warns, publishing refuses. */
    @PostMapping("/api/teams/{teamId}/learnings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> draft(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID teamId,
                              @Valid @RequestBody LearningRequests.Draft body) {
        if (body.learningId() == null) {
            throw new FieldRuleViolation("learningId", "NotNull", "must not be null");
        }
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new DraftLearning(new LearningId(body.learningId()), actor, new TeamId(teamId),
                body.content(), facts.memberships(actor), facts.citations(body.content()), facts.stewardships(actor)));
        return Map.of("learningId", body.learningId(), "teamId", teamId, "warnings", warnings(body.content()));
    }

    @PutMapping("/api/learnings/{id}")
    Map<String, Object> revise(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody LearningRequests.Draft body) {
        if (body.learningId() != null && !body.learningId().equals(id)) {
            throw new FieldRuleViolation("learningId", "matches-path", "must be absent or equal the id in the path");
        }
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new ReviseLearning(new LearningId(id), actor, body.content(), facts.memberships(actor),
                facts.citations(body.content()), facts.stewardships(actor)));
        return Map.of("learningId", id, "warnings", warnings(body.content()));
    }

    @PostMapping("/api/learnings/{id}/publications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> publish(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody LearningRequests.Publish body) {
        UserId actor = Actors.of(jwt);
        LearningId learning = new LearningId(id);
        Integer version = commands.sendAndWait(new PublishLearning(learning, actor, body.tier(),
                facts.memberships(actor), facts.evidence(learning), facts.stewardships(actor)));
        return Map.of("learningId", id, "version", version, "tier", body.tier());
    }

    @PostMapping("/api/learnings/{id}/withdrawal")
    Map<String, Object> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                 @Valid @RequestBody LearningRequests.Withdraw body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new WithdrawLearning(new LearningId(id), actor, body.reason(), facts.memberships(actor),
                facts.stewardships(actor)));
        return Map.of("learningId", id, "withdrawn", true);
    }

    @PostMapping("/api/learnings/{id}/endorsements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> endorse(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody LearningRequests.Endorse body) {
        UserId actor = Actors.of(jwt);
        Boolean changed = commands.sendAndWait(new EndorseLearning(new LearningId(id), actor, body.note(),
                facts.stewardships(actor), facts.memberships(actor)));
        // changed: false when this steward had endorsed it already (nothing recorded again)
        return Map.of("learningId", id, "endorsed", true, "changed", !Boolean.FALSE.equals(changed));
    }

    @PostMapping("/api/learnings/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> invite(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody LearningRequests.Invite body) {
        UserId actor = Actors.of(jwt);
        Boolean changed = commands.sendAndWait(new InviteToPublish(new LearningId(id), actor, body.tier(),
                facts.stewardships(actor), facts.memberships(actor)));
        return Map.of("learningId", id, "invited", body.tier(), "changed", !Boolean.FALSE.equals(changed));
    }

    /** The findings in the texts a publication would carry, in the order and with the field names it uses. */
    private static List<Finding> warnings(Content content) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", content.title());
        texts.put("summary", content.summary());
        texts.put("practice", content.practice());
        texts.put("context", content.context());
        return DeidentificationGuard.warnings(texts);
    }
}
