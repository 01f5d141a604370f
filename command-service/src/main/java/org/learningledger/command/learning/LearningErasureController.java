package org.learningledger.command.learning;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.learning.LearningCommands.EraseNote;
import org.learningledger.command.learning.LearningCommands.EraseRevision;
import org.learningledger.command.learning.LearningRequests.ErasedItem;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.NoteKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure of one revision of a learning's draft, with the versions published from it: its team (a
 * mistake, identifying details) or an administrator (a data-subject request); or of a note: the
 * withdrawal's reason (as a revision) or a steward's endorsement note (that steward, or an
 * administrator). The request's rules are checked with the token's role before dispatch. Answers the
 * erased item's key and when.
 */
@RestController
class LearningErasureController {

    private final CommandGateway commands;
    private final LearningFacts facts;

    LearningErasureController(CommandGateway commands, LearningFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping("/api/learnings/{id}/erasures")
    Map<String, Object> erase(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                              @Valid @RequestBody LearningRequests.Erase body) {
        UserId actor = Actors.of(jwt);
        ErasedItem erased = body.erased();
        if (erased == ErasedItem.REVISION && body.revision() == null) {
            throw new FieldRuleViolation("revision", "NotNull", "must not be null");
        }
        Erasure erasure = ErasureRules.erasure(actor, Actors.isAdministrator(authentication), body.reason(),
                body.reference());
        LearningId learning = new LearningId(id);
        ContentItem item;
        Instant at;
        if (erased == ErasedItem.REVISION) {
            item = ContentItem.revision(id, body.revision());
            at = commands.sendAndWait(new EraseRevision(learning, actor, body.revision(), erasure,
                    facts.encrypted(item), facts.memberships(actor)));
        } else {
            NoteKind kind = erased == ErasedItem.WITHDRAWAL_REASON ? NoteKind.WITHDRAWAL_REASON
                    : NoteKind.ENDORSEMENT_NOTE;
            item = kind == NoteKind.WITHDRAWAL_REASON ? ContentItem.withdrawal(id)
                    : ContentItem.endorsement(id, body.stewardId());
            at = commands.sendAndWait(new EraseNote(learning, actor, kind, body.stewardId(), erasure,
                    facts.encrypted(item), facts.memberships(actor), facts.stewardships(actor)));
        }
        return Map.of("item", item.key(), "erasedAt", at.toString());
    }
}
