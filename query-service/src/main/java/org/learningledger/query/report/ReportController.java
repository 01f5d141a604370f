package org.learningledger.query.report;

import java.util.List;
import java.util.UUID;
import org.learningledger.query.paging.Page;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.learningledger.query.reader.Visibility;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Query API over confidential reports for the reviewers of their region; {@link Sight} decides, and anyone
 * else gets the same 404 as for an id that does not exist. No endpoint counts reports per person or team.
 */
@RestController
@RequestMapping("/api")
class ReportController {

    private final ReportQueries queries;
    private final Readers readers;

    ReportController(ReportQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/regions/{regionId}/reports")
    ResponseEntity<List<ReportSummary>> ofRegion(@PathVariable UUID regionId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            Authentication authentication) {
        Reader reader = readers.of(authentication);
        if (!Visibility.readsReportsOf(reader, regionId)) {
            throw new RegionReportsNotFoundException();
        }
        List<ReportSummary> seen = queries.ofRegion(regionId).stream()
                .filter(r -> Sight.of(reader, Item.report(r.report().regionId(), r.stopped())).any())
                .map(ReportQueries.Stored::report).toList();
        return Page.of(seen, ReportSummary::id, limit, cursor);
    }

    @GetMapping("/reports/{id}")
    ReportDetail one(@PathVariable UUID id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        return queries.byId(id).filter(r -> Sight.of(reader, Item.report(r.report().regionId(), r.stopped())).any())
                .map(ReportQueries.Stored::report).orElseThrow(ReportNotFoundException::new);
    }
}
