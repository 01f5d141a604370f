package org.learningledger.command.casereview;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.casereview.CaseReviewCommands.ApprovePublication;
import org.learningledger.command.casereview.CaseReviewCommands.EraseCaseReview;
import org.learningledger.command.casereview.CaseReviewCommands.ProposePublication;
import org.learningledger.command.casereview.CaseReviewCommands.WithdrawCaseReview;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.WholeErasure;
import org.learningledger.command.keys.KeyStatus;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case review leaves its workspace only as a snapshot: a reviewer of the region proposes it, a second
 * reviewer approves it, a reviewer withdraws it; a reviewer or an administrator (a data-subject request)
 * erases the whole review, shredding its key.
 */
@RestController
class CaseReviewPublicationController {

    private final CommandGateway commands;
    private final Directory directory;
    private final KeyStatus keys;

    CaseReviewPublicationController(CommandGateway commands, Directory directory, KeyStatus keys) {
        this.commands = commands;
        this.directory = directory;
        this.keys = keys;
    }

    @PostMapping("/api/case-reviews/{id}/publications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> propose(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody CaseReviewRequests.Proposal body) {
        UserId actor = Actors.of(jwt);
        int version = commands.sendAndWait(new ProposePublication(new CaseReviewId(id), actor, body.tier(),
                directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "version", version, "tier", body.tier());
    }

    /** Publishes the proposed snapshot to its tier; approving again answers the same. */
    @PostMapping("/api/case-reviews/{id}/publications/{version}/approvals")
    Map<String, Object> approve(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable int version) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new ApprovePublication(new CaseReviewId(id), actor, version,
                directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "version", version, "published", true);
    }

    @PostMapping("/api/case-reviews/{id}/withdrawal")
    Map<String, Object> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                 @Valid @RequestBody CaseReviewRequests.Withdrawal body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new WithdrawCaseReview(new CaseReviewId(id), actor, body.reason(),
                directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "withdrawn", true);
    }

    @PostMapping("/api/case-reviews/{id}/erasure")
    Map<String, Object> erase(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                              @Valid @RequestBody WholeErasure body) {
        UserId actor = Actors.of(jwt);
        Erasure erasure = ErasureRules.reviewerErasure(actor, Actors.isAdministrator(authentication), body.reason(),
                body.reference());
        ContentItem item = ContentItem.caseReview(id);
        Instant at = commands.sendAndWait(new EraseCaseReview(new CaseReviewId(id), erasure, keys.exists(item),
                directory.reviewershipsOf(actor)));
        return Map.of("item", item.key(), "erasedAt", at.toString());
    }
}
