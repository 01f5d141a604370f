package org.learningledger.query.analytics;

import java.time.Instant;
import org.learningledger.query.history.HistoryQueries;
import org.learningledger.query.history.Sighted;
import org.learningledger.query.reader.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/analytics/spread}: reach, time to first validation and flows, over what the reader sees. */
@RestController
class SpreadController {

    private final HistoryQueries queries;
    private final Readers readers;

    SpreadController(HistoryQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/api/analytics/spread")
    Spread spread(Authentication authentication) {
        return SpreadCalculator.of(Sighted.of(readers.of(authentication), queries.publications(Instant.now())));
    }
}
