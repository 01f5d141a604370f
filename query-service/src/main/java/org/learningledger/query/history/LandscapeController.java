package org.learningledger.query.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/landscape?asOf=}: the learnings the reader could see at asOf (a version published by
 * then at a tier they see, the learning not withdrawn now), each with its evidence status then, and the
 * lessons approved by then at a tier they see (as learnings are seen, by the same {@link Sight}), and the
 * published case reviews and raised challenges ({@link RoundTwoLandscape}).
 * Latest publication first: an order in time, never a ranking.
 */
@RestController
class LandscapeController {

    private final HistoryQueries queries;
    private final RoundTwoLandscape roundTwo;
    private final Readers readers;

    LandscapeController(HistoryQueries queries, RoundTwoLandscape roundTwo, Readers readers) {
        this.queries = queries;
        this.roundTwo = roundTwo;
        this.readers = readers;
    }

    @GetMapping("/api/landscape")
    Landscape landscape(@RequestParam(required = false) String asOf, Authentication authentication) {
        Instant at = Instants.end("asOf", asOf, Instant.now());
        Reader reader = readers.of(authentication);
        Sighted sighted = Sighted.of(reader, queries.publications(at));
        List<LandscapeItem> items = sighted.versions().values().stream().map(versions -> {
            HistoryRow latest = versions.get(versions.size() - 1);
            return new LandscapeItem(latest.learningId(), latest.teamId(), latest.regionId(), latest.title(),
                    latest.tier(), latest.version(), latest.occurredAt(), latest.validates(), latest.result(),
                    EvidenceStatus.of(sighted.validationsOf(latest.learningId())), latest.erasedAt(), latest.erasedBy());
        }).sorted(Comparator.comparing(LandscapeItem::publishedAt).reversed()
                .thenComparing(i -> i.learningId().toString())).toList();
        // lessons apart from learnings: clients that list learnings by learningId keep working as before
        List<LandscapeLesson> lessons = queries.lessons(at).stream().filter(r -> HistorySight.of(reader, r) == Sight.FULL)
                .map(LandscapeLesson::of).sorted(Comparator.comparing(LandscapeLesson::approvedAt).reversed()
                        .thenComparing(l -> l.lessonId().toString())).toList();
        return new Landscape(at, items, lessons, roundTwo.caseReviews(reader, at), roundTwo.challenges(reader, at));
    }

    record Landscape(Instant asOf, List<LandscapeItem> learnings, List<LandscapeLesson> lessons,
                     List<LandscapeCaseReview> caseReviews, List<LandscapeChallenge> challenges) {
    }
}
