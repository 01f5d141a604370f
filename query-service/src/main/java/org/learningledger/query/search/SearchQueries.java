package org.learningledger.query.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search's SQL, over the read models themselves: no copy of any text is kept for it, so an erasure (which
 * blanks the read models) and a withdrawal (a flag there) reach the search with nothing more to do, and a rebuild
 * has no table of it to rebuild. Each part of the union is narrowed by the reader's facts ({@link Narrowing},
 * taken from the one visibility policy), so what another team keeps private never leaves the database. The own
 * team's learnings are found by their draft and by their latest published version (the team sees both).
 */
@Component
class SearchQueries {

    /** At most this many hits, the best first: a search narrows, it is no way to list everything. */
    static final int MAX_HITS = 1000;

    private static final String STOPPED = "EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = %s)";

    private static final String SOURCES = """
            SELECT 'experiment' AS kind, e.id, e.team_id, t.region_id, NULL AS tier, false AS withdrawn,
                   %1$s AS stopped, t.focus, e.status AS stage, e.proposed_at AS at, e.question AS title,
                   concat_ws(' ', e.question, e.plan, e.summary, e.abandon_reason,
                             (SELECT string_agg(o.text, ' ' ORDER BY o.recorded_at) FROM observation o
                               WHERE o.experiment_id = e.id)) AS body
              FROM experiment e JOIN team t ON t.id = e.team_id
             WHERE e.team_id IN (:teams)
            UNION ALL
            SELECT 'learning', l.id, l.team_id, coalesce(l.region_id, t.region_id), NULL, l.withdrawn, %2$s, t.focus,
                   CASE WHEN l.withdrawn THEN 'WITHDRAWN' WHEN l.tier IS NULL THEN 'DRAFT' ELSE 'PUBLISHED' END,
                   l.revised_at, l.title, concat_ws(' ', l.title, l.summary, l.practice, l.context,
                             (SELECT concat_ws(' ', v.snapshot->>'title', v.snapshot->>'summary',
                                               v.snapshot->>'practice', v.snapshot->>'context')
                                FROM learning_version v WHERE v.learning_id = l.id
                               ORDER BY v.version DESC LIMIT 1))
              FROM learning l LEFT JOIN team t ON t.id = l.team_id
             WHERE l.team_id IN (:teams)
            UNION ALL
            SELECT * FROM (
              SELECT DISTINCT ON (l.id) 'learning' AS kind, l.id, l.team_id,
                     coalesce(l.region_id, t.region_id) AS region_id, l.tier, l.withdrawn, false AS stopped, t.focus,
                     'PUBLISHED' AS stage, v.published_at AS at, v.title,
                     concat_ws(' ', v.snapshot->>'title', v.snapshot->>'summary', v.snapshot->>'practice',
                               v.snapshot->>'context') AS body
                FROM learning l JOIN learning_version v ON v.learning_id = l.id LEFT JOIN team t ON t.id = l.team_id
               WHERE l.team_id NOT IN (:teams) AND l.tier IS NOT NULL AND NOT l.withdrawn AND NOT %2$s
                 AND (l.tier = 'NATION' AND :nation OR l.tier = 'REGION' AND l.region_id IN (:regions))
                 AND (v.tier = 'NATION' AND :nation OR v.tier = 'REGION' AND l.region_id IN (:regions))
               ORDER BY l.id, v.version DESC) published
            UNION ALL
            SELECT 'lesson', ls.lesson_id, NULL, ls.region_id, ls.tier, false, false, NULL, 'APPROVED',
                   ls.approved_at, ls.title, concat_ws(' ', ls.title, ls.summary, ls.practice)
              FROM lesson ls
             WHERE ls.approved_at IS NOT NULL AND NOT %3$s
               AND (ls.tier = 'NATION' AND :nationLessons OR ls.region_id IN (:lessonRegions))
            UNION ALL
            SELECT 'caseReview', c.case_review_id, NULL, c.region_id, v.tier, false, false, NULL, 'PUBLISHED',
                   v.published_at, v.snapshot->>'title',
                   concat_ws(' ', v.snapshot->>'title', (SELECT string_agg(f->>'text', ' ')
                                                           FROM jsonb_array_elements(v.snapshot->'findings') f))
              FROM case_review c
              JOIN LATERAL (SELECT * FROM case_review_version w WHERE w.case_review_id = c.case_review_id
                               AND w.published_at IS NOT NULL ORDER BY w.version DESC LIMIT 1) v ON true
             WHERE c.withdrawn_at IS NULL AND NOT %4$s
               AND (v.tier = 'NATION' AND :nationLessons OR c.region_id IN (:lessonRegions))
            """.formatted(STOPPED.formatted("e.id"), STOPPED.formatted("l.id"), STOPPED.formatted("ls.lesson_id"),
            STOPPED.formatted("c.case_review_id"));

    private static final String DOCUMENT = "to_tsvector('simple', " + Folding.sql("f.body") + ")";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the reader's facts allow, as the SQL needs it; a list never empty (a nil id stands for none). */
    record Narrowing(List<UUID> teams, List<UUID> regions, boolean nation, List<UUID> lessonRegions,
                     boolean nationLessons) {
    }

    /** A row as found: its facts, for the policy to judge again, and its texts. */
    record Found(String kind, UUID id, UUID teamId, UUID regionId, Tier tier, boolean withdrawn, boolean stopped,
                 String stage, OffsetDateTime at, String title, String body) {
    }

    List<Found> find(Narrowing narrowing, SearchFilter filter) {
        List<String> where = new ArrayList<>(List.of("d.doc @@ q.query"));
        if (filter.topic() != null) {
            where.add("f.focus = :topic");
        }
        if (filter.region() != null) {
            where.add("f.region_id = :region");
        }
        if (filter.stage() != null) {
            where.add("f.stage = :stage");
        }
        if (filter.from() != null) {
            where.add("f.at >= :from");
        }
        if (filter.to() != null) {
            where.add("f.at < :to");
        }
        String sql = "WITH found AS (" + SOURCES + "), q AS (SELECT to_tsquery('simple', :query) AS query)"
                + " SELECT f.* FROM found f CROSS JOIN q, LATERAL (SELECT " + DOCUMENT + " AS doc) d"
                + " WHERE " + String.join(" AND ", where)
                + " ORDER BY ts_rank(d.doc, q.query) DESC, f.at DESC, f.id LIMIT " + MAX_HITS;
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("query", Folding.tsquery(filter.words()))
                .param("teams", orNone(narrowing.teams())).param("regions", orNone(narrowing.regions()))
                .param("nation", narrowing.nation()).param("lessonRegions", orNone(narrowing.lessonRegions()))
                .param("nationLessons", narrowing.nationLessons());
        statement = filter.topic() == null ? statement : statement.param("topic", filter.topic());
        statement = filter.region() == null ? statement : statement.param("region", filter.region());
        statement = filter.stage() == null ? statement : statement.param("stage", filter.stage());
        statement = filter.from() == null ? statement
                : statement.param("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        statement = filter.to() == null ? statement
                : statement.param("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        return statement.query(SearchQueries::found).list();
    }

    private static List<UUID> orNone(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        String tier = rs.getString("tier");
        return new Found(rs.getString("kind"), rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("region_id", UUID.class), tier == null ? null : Tier.valueOf(tier),
                rs.getBoolean("withdrawn"), rs.getBoolean("stopped"), rs.getString("stage"),
                rs.getObject("at", OffsetDateTime.class), rs.getString("title"), rs.getString("body"));
    }
}
