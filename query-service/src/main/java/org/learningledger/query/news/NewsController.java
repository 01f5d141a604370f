package org.learningledger.query.news;

import java.time.Instant;
import org.learningledger.query.history.Instants;
import org.learningledger.query.reader.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "New for you": what happened to the reader's teams' learnings and challenges since {@code since} (the last look,
 * which the browser keeps; no event records that someone looked). A bad {@code since} is a 400 naming it.
 */
@RestController
class NewsController {

    private final NewsReads reads;
    private final Readers readers;

    NewsController(NewsReads reads, Readers readers) {
        this.reads = reads;
        this.readers = readers;
    }

    @GetMapping("/api/me/news")
    News news(@RequestParam(required = false) String since, Authentication authentication) {
        Instant from = Instants.start("since", since, null);
        return reads.news(readers.of(authentication), from, Instant.now());
    }
}
