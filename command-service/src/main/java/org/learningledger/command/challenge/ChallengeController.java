package org.learningledger.command.challenge;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.challenge.ChallengeCommands.AnswerChallenge;
import org.learningledger.command.challenge.ChallengeCommands.EraseChallenge;
import org.learningledger.command.challenge.ChallengeCommands.RaiseChallenge;
import org.learningledger.command.challenge.ChallengeCommands.ReviewOutcome;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.WholeErasure;
import org.learningledger.command.keys.KeyStatus;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.LedgerCalendar;
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
 * Challenges over HTTP: a team member raises one for their team, a steward for their region; a steward
 * of the region or an administrator answers it and reviews the outcome. Facts are loaded here.
 */
@RestController
class ChallengeController {

    private final CommandGateway commands;
    private final Directory directory;
    private final CitedEvidence evidence;
    private final KeyStatus keys;
    private final Clock clock;

    ChallengeController(CommandGateway commands, Directory directory, CitedEvidence evidence, KeyStatus keys,
                        Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.evidence = evidence;
        this.keys = keys;
        this.clock = clock;
    }

    @PostMapping("/api/teams/{teamId}/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> raiseForTeam(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID teamId,
                                     @Valid @RequestBody ChallengeRequests.Raise body) {
        UserId raiser = Actors.of(jwt);
        Memberships memberships = directory.memberships(raiser);
        RegionId region = memberships.regionOf(new TeamId(teamId)); // a non-member: 403 before anything is read
        return raise(raiser, teamId, region, body, memberships);
    }

    @PostMapping("/api/regions/{regionId}/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> raiseForRegion(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID regionId,
                                       @Valid @RequestBody ChallengeRequests.Raise body) {
        UserId raiser = Actors.of(jwt);
        return raise(raiser, null, new RegionId(regionId), body, directory.memberships(raiser));
    }

    private Map<String, Object> raise(UserId raiser, UUID teamId, RegionId region, ChallengeRequests.Raise body,
                                      Memberships memberships) {
        commands.sendAndWait(new RaiseChallenge(new ChallengeId(body.challengeId()), teamId, region, raiser,
                body.tier(), body.target(), body.perverseEffect(), evidence.of(body.cited()), memberships,
                directory.stewardshipsOf(raiser)));
        return Map.of("challengeId", body.challengeId(), "regionId", region.value(), "tier", body.tier());
    }

    @PostMapping("/api/challenges/{id}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> answer(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                               @Valid @RequestBody ChallengeRequests.Answer body) {
        UserId actor = Actors.of(jwt);
        LocalDate today = LedgerCalendar.dateOf(clock.instant());
        commands.sendAndWait(new AnswerChallenge(new ChallengeId(id), actor, body.answer(), body.rationale(),
                body.outcomeReviewOn(), today, Actors.isAdministrator(authentication), directory.memberships(actor),
                directory.stewardshipsOf(actor)));
        return Map.of("challengeId", id, "answer", body.answer(), "outcomeReviewOn", body.outcomeReviewOn());
    }

    @PostMapping("/api/challenges/{id}/outcome-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> outcome(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                                @Valid @RequestBody ChallengeRequests.Outcome body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new ReviewOutcome(new ChallengeId(id), actor, body.outcome(),
                Actors.isAdministrator(authentication), directory.memberships(actor), directory.stewardshipsOf(actor)));
        return Map.of("challengeId", id, "reviewed", true);
    }

    @PostMapping("/api/challenges/{id}/erasure")
    Map<String, Object> erase(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                              @Valid @RequestBody WholeErasure body) {
        UserId actor = Actors.of(jwt);
        Erasure erasure = ErasureRules.erasure(actor, Actors.isAdministrator(authentication), body.reason(),
                body.reference());
        ContentItem item = ContentItem.challenge(id);
        Instant at = commands.sendAndWait(new EraseChallenge(new ChallengeId(id), erasure, keys.exists(item),
                directory.memberships(actor), directory.stewardshipsOf(actor)));
        return Map.of("item", item.key(), "erasedAt", at.toString());
    }
}
