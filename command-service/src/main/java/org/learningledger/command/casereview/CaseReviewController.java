package org.learningledger.command.casereview;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.casereview.CaseReviewCommands.AddParticipant;
import org.learningledger.command.casereview.CaseReviewCommands.CiteLearning;
import org.learningledger.command.casereview.CaseReviewCommands.LinkExperiment;
import org.learningledger.command.casereview.CaseReviewCommands.OpenCaseReview;
import org.learningledger.command.casereview.CaseReviewCommands.RaiseBoardIssue;
import org.learningledger.command.casereview.CaseReviewCommands.RecordAddendum;
import org.learningledger.command.casereview.CaseReviewCommands.RecordEpisode;
import org.learningledger.command.casereview.CaseReviewCommands.RecordFinding;
import org.learningledger.command.casereview.CaseReviewCommands.RemoveParticipant;
import org.learningledger.command.learning.LearningDirectory;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case review's workspace over HTTP: opened by a reviewer of the region, written by its participants and
 * the region's reviewers. The actor is the token's subject; their reviewer regions are loaded here.
 */
@RestController
class CaseReviewController {

    private final CommandGateway commands;
    private final Directory directory;
    private final LearningDirectory learnings;

    CaseReviewController(CommandGateway commands, Directory directory, LearningDirectory learnings) {
        this.commands = commands;
        this.directory = directory;
        this.learnings = learnings;
    }

    @PostMapping("/api/regions/{regionId}/case-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> open(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID regionId,
                             @Valid @RequestBody CaseReviewRequests.Open body) {
        UserId lead = Actors.of(jwt);
        commands.sendAndWait(new OpenCaseReview(new CaseReviewId(body.caseReviewId()), new RegionId(regionId), lead,
                body.kind(), body.title(), directory.reviewershipsOf(lead)));
        return Map.of("caseReviewId", body.caseReviewId(), "regionId", regionId, "leadId", lead.value());
    }

    @PostMapping("/api/case-reviews/{id}/participants")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> add(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                            @Valid @RequestBody CaseReviewRequests.Participant body) {
        UserId actor = Actors.of(jwt);
        UserId user = new UserId(body.userId());
        commands.sendAndWait(new AddParticipant(new CaseReviewId(id), actor, user, body.role(), directory.knows(user),
                directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "userId", user.value(), "role", body.role());
    }

    /** Removing someone who does not take part changes nothing, and answers alike. */
    @DeleteMapping("/api/case-reviews/{id}/participants/{userId}")
    Map<String, Object> remove(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable String userId) {
        if (!userId.matches(UserId.PATTERN)) {
            throw new FieldRuleViolation("userId", "pattern", "must be an identity subject without spaces");
        }
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RemoveParticipant(new CaseReviewId(id), actor, new UserId(userId),
                directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "userId", userId, "removed", true);
    }

    @PostMapping("/api/case-reviews/{id}/episodes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> episode(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody CaseReviewRequests.Episode body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RecordEpisode(new CaseReviewId(id), actor, body.episodeId(), body.occurredOn(),
                body.whatHappened(), body.whyItMadeSense(), directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "episodeId", body.episodeId());
    }

    @PostMapping("/api/case-reviews/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> finding(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                @Valid @RequestBody CaseReviewRequests.Finding body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RecordFinding(new CaseReviewId(id), actor, body.findingId(), body.text(),
                body.factors(), body.goodPractice(), directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "findingId", body.findingId());
    }

    @PostMapping("/api/case-reviews/{id}/issues")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> issue(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                              @Valid @RequestBody CaseReviewRequests.Issue body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RaiseBoardIssue(new CaseReviewId(id), actor, body.issueId(), body.question(),
                directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "issueId", body.issueId());
    }

    @PostMapping("/api/case-reviews/{id}/addenda")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addendum(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                 @Valid @RequestBody CaseReviewRequests.Addendum body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RecordAddendum(new CaseReviewId(id), actor, body.addendumId(), body.refersTo(),
                body.text(), directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "addendumId", body.addendumId(), "refersTo", body.refersTo());
    }

    /** Linking again answers alike. */
    @PostMapping("/api/case-reviews/{id}/findings/{findingId}/experiments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> link(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID findingId,
                             @Valid @RequestBody CaseReviewRequests.Link body) {
        UserId actor = Actors.of(jwt);
        UUID team = learnings.teamsOf(List.of(body.experimentId())).get(body.experimentId());
        commands.sendAndWait(new LinkExperiment(new CaseReviewId(id), actor, findingId, body.experimentId(), team,
                directory.memberships(actor), directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "findingId", findingId, "experimentId", body.experimentId());
    }

    /** Citing again answers {@code changed: false} and appends nothing. */
    @PostMapping("/api/case-reviews/{id}/findings/{findingId}/learnings")
    Map<String, Object> cite(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID findingId,
                             @Valid @RequestBody CaseReviewRequests.Cite body) {
        UserId actor = Actors.of(jwt);
        Boolean changed = commands.sendAndWait(new CiteLearning(new CaseReviewId(id), actor, findingId,
                body.learningId(), learnings.learning(body.learningId()), directory.reviewershipsOf(actor)));
        return Map.of("caseReviewId", id, "findingId", findingId, "learningId", body.learningId(), "changed",
                Boolean.TRUE.equals(changed));
    }
}
