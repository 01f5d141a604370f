package org.learningledger.query.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code feed_entry} in position order with each learning's current state: withdrawn or stopped now, and
 * the owner of a validated learning; of a lesson, challenge or case review, whether it is stopped (and of a
 * case review whether it is withdrawn). Focus comes from the team, which never
 * changes it; a lesson has no team, so a focus filter leaves lessons out.
 */
@Component
class FeedEntries {

    private final JdbcClient jdbc;
    private final Counter reads;

    FeedEntries(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.reads = Counter.builder("ledger.feed.reads").description("reads of feed_entry by open feeds")
                .register(registry);
    }

    /** The newest entry's position (0 when there is none): one read of the primary key's index. */
    long newest() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
    }

    /** Up to {@code limit} entries after {@code position} in the region and focus (either may be null). */
    List<FeedEntry> after(long position, FeedFilter filter, int limit) {
        reads.increment();
        String sql = """
                SELECT f.id, f.kind, f.learning_id, f.team_id, f.region_id, t.focus, f.tier,
                       v.team_id AS validated_team, coalesce(l.withdrawn, c.withdrawn_at IS NOT NULL) AS withdrawn,
                       CAST(f.payload AS text) AS payload,
                       EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id
                               = coalesce(f.learning_id, f.lesson_id, f.case_review_id, f.challenge_id)) AS stopped
                FROM feed_entry f
                LEFT JOIN learning l ON l.id = f.learning_id
                LEFT JOIN case_review c ON c.case_review_id = f.case_review_id
                LEFT JOIN team t ON t.id = f.team_id
                LEFT JOIN learning v ON v.id = f.validates
                WHERE f.id > :after""" + (filter.region() == null ? "" : " AND f.region_id = :region")
                + (filter.focus() == null ? "" : " AND t.focus = :focus") + " ORDER BY f.id LIMIT :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("after", position).param("limit", limit);
        if (filter.region() != null) {
            statement = statement.param("region", filter.region());
        }
        if (filter.focus() != null) {
            statement = statement.param("focus", filter.focus());
        }
        return statement.query((rs, row) -> new FeedEntry(rs.getLong("id"), FeedEntry.Kind.of(rs.getString("kind")),
                rs.getObject("learning_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("region_id", UUID.class), rs.getString("focus"), Tier.valueOf(rs.getString("tier")),
                rs.getObject("validated_team", UUID.class), rs.getBoolean("withdrawn"), rs.getString("payload"),
                rs.getBoolean("stopped")))
                .list();
    }
}
