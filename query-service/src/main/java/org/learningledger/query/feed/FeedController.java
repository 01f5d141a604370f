package org.learningledger.query.feed;

import java.util.UUID;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The steward feed: Server-Sent Events of publications, validations, endorsements, withdrawals and
 * approved lessons the reader may see, each with its position as {@code id}. A client resumes after the last id it
 * got ({@code Last-Event-ID}, or {@code ?lastEventId=} where headers cannot be set); {@code
 * follow=false} ends the stream once the backlog is sent.
 */
@RestController
class FeedController {

    private final FeedStreams streams;
    private final Readers readers;

    FeedController(FeedStreams streams, Readers readers) {
        this.streams = streams;
        this.readers = readers;
    }

    @GetMapping("/api/feed")
    SseEmitter feed(@RequestParam(required = false) UUID region, @RequestParam(required = false) String focus,
            @RequestParam(required = false) Long lastEventId,
            @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventIdHeader,
            @RequestParam(defaultValue = "true") boolean follow, Authentication authentication) {
        Reader reader = readers.of(authentication);
        if (!Visibility.readsAnyFeed(reader)) {
            throw nothingToFollow();
        }
        // A reconnecting EventSource sends the header and the original URL: the header is newer.
        Long after = lastEventIdHeader != null ? lastEventIdHeader : lastEventId;
        long position = after == null ? 0 : Math.max(0, after);
        return streams.open(authentication, reader, new FeedFilter(region, focus), position, follow);
    }

    /** 403, not 404: the feed exists for everyone, and saying so reveals nothing. */
    private static ErrorResponseException nothingToFollow() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only team members, stewards, analysts and learning reviewers have a feed:"
                        + " nothing published can reach this reader.");
        problem.setTitle("Nothing to follow");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
