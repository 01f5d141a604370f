package org.learningledger.query.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the feed streams ({@code ledger.query.feed.*}).
 *
 * @param poll how often an open feed looks at the database's signals (in memory, no query)
 * @param rightsCheck how often, while the listener is down, readers' rights are read again unsignalled
 * @param fallback how often the instance reads the newest feed position unsignalled (once, for all feeds)
 * @param heartbeat a comment after this long without anything sent, so proxies keep the connection
 * @param timeout how long one connection lives; clients reconnect with {@code Last-Event-ID}
 * @param threads scheduler threads shared by all open feeds
 * @param maxPerReader open feeds one person may have on this instance (429 beyond)
 */
@ConfigurationProperties("ledger.query.feed")
record FeedSettings(
        @DefaultValue("250ms") Duration poll,
        @DefaultValue("30s") Duration rightsCheck,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("4") int threads,
        @DefaultValue("200") int pageSize,
        @DefaultValue("10") int pagesPerTick,
        @DefaultValue("5") int maxPerReader,
        @DefaultValue("10s") Duration fallback) {
}
