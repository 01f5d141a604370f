package org.learningledger.query.feed;

import java.util.UUID;

/** What a reader asked the feed for: it narrows what they may see, never widens it. */
record FeedFilter(UUID region, String focus) {

    FeedFilter {
        focus = focus == null || focus.isBlank() ? null : focus;
    }
}
