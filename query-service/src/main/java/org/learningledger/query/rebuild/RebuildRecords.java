package org.learningledger.query.rebuild;

import java.lang.management.ManagementFactory;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds as rows of {@code operations.rebuild}, so that every instance answers for any of them.
 * Written at its start, at its progress points (at most once a second) and at its end. A RUNNING or
 * SWITCHING row whose session no longer holds the lock is read as FAILED: its instance died mid-way.
 */
@Component
class RebuildRecords {

    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    private static final String SELECT = """
            SELECT r.*, r.state IN ('RUNNING', 'SWITCHING') AND NOT EXISTS (%s AND l.pid = r.holder_pid) AS abandoned
            FROM operations.rebuild r""".formatted(RebuildLock.HOLDERS);

    private final JdbcClient jdbc;

    RebuildRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(Rebuild rebuild, int holderPid) {
        jdbc.sql("""
                INSERT INTO operations.rebuild (id, model, state, instance, holder_pid, started_at)
                VALUES (:id, :model, :state, :instance, :pid, :startedAt)""")
                .param("id", rebuild.id).param("model", rebuild.model).param("state", rebuild.state.name())
                .param("instance", INSTANCE).param("pid", holderPid)
                .param("startedAt", Timestamp.from(rebuild.startedAt)).update();
        rebuild.instance = INSTANCE;
        rebuild.recordedAt = System.nanoTime();
    }

    /** The counts, unless written less than a second ago: the replay reports after every poll. */
    void progressed(Rebuild rebuild) {
        if (System.nanoTime() - rebuild.recordedAt >= PROGRESS_EVERY_NANOS) {
            changed(rebuild);
        }
    }

    /** Everything the rebuild knows now: on a change of state and at its end. */
    void changed(Rebuild rebuild) {
        boolean ended = rebuild.state != Rebuild.State.RUNNING && rebuild.state != Rebuild.State.SWITCHING;
        jdbc.sql("""
                UPDATE operations.rebuild SET state = :state, done = :done, total = :total, finished_at = :finishedAt,
                       switched_at = :switchedAt, live_checksum = :live, rebuilt_checksum = :rebuilt,
                       differences = :differences, error = :error, schema_name = :schema, retired_schema = :retired
                WHERE id = :id""")
                .param("id", rebuild.id).param("state", rebuild.state.name()).param("done", rebuild.done)
                .param("total", rebuild.total).param("finishedAt", ended ? Timestamp.from(Instant.now()) : null)
                .param("switchedAt", rebuild.switchedAt == null ? null : Timestamp.from(rebuild.switchedAt))
                .param("live", rebuild.liveChecksum).param("rebuilt", rebuild.rebuiltChecksum)
                .param("differences", rebuild.differences.toArray(String[]::new)).param("error", rebuild.error)
                .param("schema", rebuild.schema).param("retired", rebuild.retiredSchema).update();
        rebuild.recordedAt = System.nanoTime();
    }

    Optional<Rebuild.View> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** The id of the rebuild holding the lock now, if it is recorded. */
    Optional<UUID> running() {
        return jdbc.sql(SELECT + " WHERE r.state IN ('RUNNING', 'SWITCHING') ORDER BY r.started_at DESC")
                .query((rs, n) -> rs.getBoolean("abandoned") ? null : rs.getObject("id", UUID.class)).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    private static Rebuild.View view(ResultSet rs) throws SQLException {
        Rebuild rebuild = new Rebuild(rs.getObject("id", UUID.class), rs.getString("model"),
                rs.getTimestamp("started_at").toInstant());
        rebuild.state = Rebuild.State.valueOf(rs.getString("state"));
        rebuild.done = rs.getLong("done");
        rebuild.total = rs.getLong("total");
        rebuild.liveChecksum = rs.getString("live_checksum");
        rebuild.rebuiltChecksum = rs.getString("rebuilt_checksum");
        rebuild.switchedAt = instant(rs.getTimestamp("switched_at"));
        rebuild.finishedAt = instant(rs.getTimestamp("finished_at"));
        rebuild.error = rs.getString("error");
        Array differences = rs.getArray("differences");
        rebuild.differences = List.of((String[]) differences.getArray());
        rebuild.schema = rs.getString("schema_name");
        rebuild.retiredSchema = rs.getString("retired_schema");
        rebuild.instance = rs.getString("instance");
        if (rs.getBoolean("abandoned")) {
            rebuild.state = Rebuild.State.FAILED;
            rebuild.error = "Abandoned: instance " + rebuild.instance + " stopped before the rebuild ended"
                    + (rebuild.error == null ? "" : " (" + rebuild.error + ")");
        }
        return rebuild.view();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
