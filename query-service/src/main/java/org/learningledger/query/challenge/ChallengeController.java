package org.learningledger.query.challenge;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.learningledger.query.paging.Page;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Query API over challenges: those at a tier the reader reads ({@link Sight}), with their answer, outcome
 * review and how long they waited; anyone else gets the same 404 as for an unknown id. No counts per team
 * or person.
 */
@RestController
@RequestMapping("/api/challenges")
class ChallengeController {

    private final ChallengeQueries queries;
    private final Readers readers;
    private final Clock clock;

    /** The system clock unless a {@link Clock} bean is given (days unanswered are counted from it). */
    ChallengeController(ChallengeQueries queries, Readers readers, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.readers = readers;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping
    ResponseEntity<List<ChallengeView>> all(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, Authentication authentication) {
        Reader reader = readers.of(authentication);
        List<ChallengeView> seen = queries.all(clock).stream().filter(c -> Sight.of(reader, c.item()).any())
                .map(ChallengeQueries.Stored::view).toList();
        return Page.of(seen, ChallengeView::id, limit, cursor);
    }

    @GetMapping("/{id}")
    ChallengeView one(@PathVariable UUID id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        return queries.byId(id, clock).filter(c -> Sight.of(reader, c.item()).any()).map(ChallengeQueries.Stored::view)
                .orElseThrow(ChallengeNotFoundException::new);
    }
}
