package org.learningledger.query.lesson;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the lesson read model, with whether the intake stopped the lesson; who sees it is Sight's to say. The
 * experiments table answers how many experiments based on it have started: a number, never whose.
 */
@Component
class LessonQueries {

    private final JdbcClient jdbc;

    LessonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One lesson, and whether its aggregate is stopped. */
    record Stored(LessonView lesson, boolean stopped) {
    }

    Optional<Stored> byId(UUID id) {
        return jdbc.sql("""
                SELECT l.*, EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = l.lesson_id) AS stopped,
                       (SELECT count(*) FROM experiment e
                         WHERE e.based_on = l.lesson_id AND e.started_at IS NOT NULL) AS experiments_started
                  FROM lesson l WHERE l.lesson_id = :id""").param("id", id)
                .query((rs, n) -> new Stored(new LessonView(id, rs.getObject("region_id", UUID.class),
                        Tier.valueOf(rs.getString("tier")), rs.getString("title"), rs.getString("summary"),
                        rs.getString("practice"), rs.getObject("approved_at") != null,
                        instant(rs.getObject("drafted_at", OffsetDateTime.class)),
                        instant(rs.getObject("approved_at", OffsetDateTime.class)), rs.getInt("experiments_started"),
                        instant(rs.getObject("erased_at", OffsetDateTime.class))), rs.getBoolean("stopped")))
                .optional();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
