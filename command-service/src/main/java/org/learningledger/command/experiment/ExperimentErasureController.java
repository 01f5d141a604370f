package org.learningledger.command.experiment;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.experiment.ExperimentCommands.EraseExperiment;
import org.learningledger.command.experiment.ExperimentCommands.EraseObservation;
import org.learningledger.command.experiment.ExperimentRequests.ErasedItem;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure of an observation or of a whole experiment: its team (a mistake, identifying details) or an
 * administrator (a data-subject request). The request's rules are checked with the token's role before
 * dispatch; the aggregate decides on its state, the actor's memberships and whether the item has a key.
 * Answers the erased item's key and when it was erased.
 */
@RestController
class ExperimentErasureController {

    private final CommandGateway commands;
    private final ExperimentFacts facts;

    ExperimentErasureController(CommandGateway commands, ExperimentFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping("/api/experiments/{id}/erasures")
    Map<String, Object> erase(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                              @Valid @RequestBody ExperimentRequests.Erase body) {
        UserId actor = Actors.of(jwt);
        Erasure erasure = ErasureRules.erasure(actor, Actors.isAdministrator(authentication), body.reason(),
                body.reference());
        ExperimentId experiment = new ExperimentId(id);
        ContentItem item;
        Instant at;
        if (body.item() == ErasedItem.OBSERVATION) {
            item = ContentItem.observation(id, body.observationId());
            at = commands.sendAndWait(new EraseObservation(experiment, actor, body.observationId(), erasure,
                    facts.encrypted(item), facts.memberships(actor)));
        } else {
            item = ContentItem.experiment(id);
            at = commands.sendAndWait(new EraseExperiment(experiment, actor, erasure, facts.encrypted(item),
                    facts.memberships(actor)));
        }
        return Map.of("item", item.key(), "erasedAt", at.toString());
    }
}
