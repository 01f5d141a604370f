package org.learningledger.query.casereview;

import java.util.List;
import java.util.UUID;
import org.learningledger.query.paging.Page;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Query API over case reviews. {@link Sight} decides: the workspace for its participants and the region's
 * reviewers, the latest published snapshot for readers of its tier, the same 404 as an unknown id for anyone
 * else. Nothing here counts reviews per team or person.
 */
@RestController
@RequestMapping("/api")
class CaseReviewController {

    private final CaseReviewQueries queries;
    private final Readers readers;

    CaseReviewController(CaseReviewQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/case-reviews/{id}")
    Object one(@PathVariable UUID id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        CaseReviewFacts facts = queries.facts(id).orElseThrow(CaseReviewNotFoundException::new);
        if (Sight.of(reader, facts.workspaceItem()).any()) {
            return queries.workspace(facts, reader);
        }
        // a withdrawn snapshot is a fact of the feed only: here it answers as unseen
        if (facts.snapshotItem() != null && Sight.of(reader, facts.snapshotItem()) == Sight.FULL) {
            return queries.published(facts, reader);
        }
        throw new CaseReviewNotFoundException();
    }

    /** The reviews of the region the reader takes part in or reviews (an empty list for anyone else). */
    @GetMapping("/regions/{regionId}/case-reviews")
    ResponseEntity<List<CaseReviewSummary>> ofRegion(@PathVariable UUID regionId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            Authentication authentication) {
        Reader reader = readers.of(authentication);
        List<CaseReviewSummary> seen = queries.ofRegion(regionId).stream()
                .filter(f -> Sight.of(reader, f.workspaceItem()).any()).map(CaseReviewFacts::summary).toList();
        return Page.of(seen, CaseReviewSummary::id, limit, cursor);
    }
}
