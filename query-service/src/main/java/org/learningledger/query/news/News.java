package org.learningledger.query.news;

import java.time.Instant;
import java.util.List;

/**
 * What is new for a reader since their last look, newest first.
 *
 * @param since the instant asked from (exclusive); null: from the beginning
 * @param until the instant answered up to: what a later look may ask from when nothing was listed
 * @param count how many items are listed (at most {@link NewsReads#LIMIT})
 */
public record News(Instant since, Instant until, int count, List<NewsItem> items) {

    public News {
        items = List.copyOf(items);
    }
}
