package org.learningledger.command.learning;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.learning.LearningCommands.Preview;
import org.learningledger.command.learning.LearningCommands.PreviewPublication;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.UserId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/learnings/{id}/publications/preview {tier}}: exactly what a publication at the tier would
 * carry, built and guarded by the aggregate as publishing is, so the team sees what readers there will read
 * before it shares. Nothing is recorded; a refusal is the publication's own (422 naming the field).
 */
@RestController
class PublicationPreviewController {

    private final CommandGateway commands;
    private final LearningFacts facts;

    PublicationPreviewController(CommandGateway commands, LearningFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping("/api/learnings/{id}/publications/preview")
    Map<String, Object> preview(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody LearningRequests.Publish body) {
        UserId actor = Actors.of(jwt);
        LearningId learning = new LearningId(id);
        Preview preview = commands.sendAndWait(new PreviewPublication(learning, actor, body.tier(),
                facts.memberships(actor), facts.evidence(learning), facts.stewardships(actor)));
        return Map.of("learningId", id, "tier", body.tier(), "regionId", preview.regionId(),
                "firstAtTier", preview.firstAtTier(), "changed", preview.changed(), "snapshot", preview.snapshot());
    }
}
