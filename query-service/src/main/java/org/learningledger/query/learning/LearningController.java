package org.learningledger.query.learning;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.paging.Page;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.TeamNotFoundException;
import org.learningledger.query.reader.Visibility;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Query API over learnings: each reader gets what "Who sees what" allows them and nothing else; a
 * learning they may not see answers exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api")
class LearningController {

    private final LearningReads reads;
    private final Readers readers;

    LearningController(LearningReads reads, Readers readers) {
        this.reads = reads;
        this.readers = readers;
    }

    /** Learnings the reader may see; the filters narrow that set, never widen it. */
    @GetMapping("/learnings")
    ResponseEntity<List<LearningSummary>> list(@RequestParam(required = false) Tier tier,
            @RequestParam(required = false) UUID region, @RequestParam(required = false) String focus,
            @RequestParam(required = false) UUID team, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, Authentication authentication) {
        return Page.of(reads.summaries(readers.of(authentication), new LearningFilter(tier, region, focus, team)),
                LearningSummary::learningId, limit, cursor);
    }

    /** The team's own learnings, drafts included: members only, anyone else gets the missing-team 404. */
    @GetMapping("/teams/{teamId}/learnings")
    ResponseEntity<List<LearningSummary>> ofTeam(@PathVariable UUID teamId, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, Authentication authentication) {
        Reader reader = readers.of(authentication);
        if (!Visibility.seesTeamPrivate(reader, teamId)) {
            throw new TeamNotFoundException();
        }
        return Page.of(reads.summaries(reader, new LearningFilter(null, null, null, teamId)),
                LearningSummary::learningId, limit, cursor);
    }

    /**
     * Every invitation and endorsement stewards gave the team's learnings, in one answer for its learnings page
     * (instead of one request per learning): members only, anyone else gets the missing-team 404.
     */
    @GetMapping("/teams/{teamId}/learnings/received")
    List<LearningReceived> received(@PathVariable UUID teamId, Authentication authentication) {
        Reader reader = readers.of(authentication);
        if (!Visibility.seesTeamPrivate(reader, teamId)) {
            throw new TeamNotFoundException();
        }
        return reads.received(reader, teamId);
    }

    @GetMapping("/learnings/{id}")
    LearningDetail one(@PathVariable UUID id, Authentication authentication, Locale locale) {
        return reads.detail(readers.of(authentication), id)
                .map(detail -> detail.withCharts(EvidenceCharts.of(detail.snapshot(), locale)))
                .orElseThrow(LearningNotFoundException::new);
    }
}
