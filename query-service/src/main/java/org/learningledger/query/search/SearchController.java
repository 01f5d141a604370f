package org.learningledger.query.search;

import java.util.List;
import java.util.UUID;
import org.learningledger.query.paging.Page;
import org.learningledger.query.reader.Readers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over everything the reader may see, diacritics and case ignored; paged like every list. */
@RestController
class SearchController {

    private final SearchReads reads;
    private final Readers readers;

    SearchController(SearchReads reads, Readers readers) {
        this.reads = reads;
        this.readers = readers;
    }

    @GetMapping("/api/search")
    ResponseEntity<List<SearchHit>> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String topic, @RequestParam(required = false) UUID region,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, Authentication authentication) {
        SearchFilter filter = SearchFilter.of(q, topic, region, stage, from, to);
        return Page.of(reads.search(readers.of(authentication), filter), SearchHit::key, limit, cursor);
    }
}
