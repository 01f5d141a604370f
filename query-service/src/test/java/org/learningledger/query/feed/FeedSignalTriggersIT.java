package org.learningledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The database's signals to open feeds (V25, V28): sent for statements that changed rows, and only for those. */
class FeedSignalTriggersIT {

    private static EmbeddedPostgres postgres;
    private static Connection listener;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/query").load().migrate();
        listener = postgres.getPostgresDatabase().getConnection();
        try (Statement s = listener.createStatement()) {
            s.execute("LISTEN " + FeedSignals.FEED);
            s.execute("LISTEN " + FeedSignals.RIGHTS);
        }
    }

    @AfterAll
    static void close() throws Exception {
        listener.close();
        postgres.close();
    }

    @Test
    void givenStatementsThatChangeNoRows_whenCommitted_thenNoFeedIsWoken() throws Exception {
        UUID region = UUID.randomUUID();
        execute("INSERT INTO region (id, name, version, registered_at) VALUES ('" + region + "', 'Jih', 0, now())");
        heard(); // the insert's own signal
        execute("INSERT INTO region (id, name, version, registered_at) VALUES ('" + region + "', 'Jih', 0, now())"
                + " ON CONFLICT (id) DO NOTHING");
        for (String table : List.of("team_member", "steward", "reviewer", "analyst", "team", "region", "stopped_aggregate")) {
            execute("DELETE FROM " + table + " WHERE false");
        }
        execute("UPDATE region SET name = name WHERE id <> '" + region + "'");
        execute("INSERT INTO feed_entry SELECT * FROM feed_entry WHERE false");
        assertThat(heard()).isEmpty();
    }

    @Test
    void givenStatementsThatChangeRows_whenCommitted_thenEachChannelIsSignalled() throws Exception {
        UUID region = UUID.randomUUID();
        execute("INSERT INTO region (id, name, version, registered_at) VALUES ('" + region + "', 'Sever', 0, now())");
        assertThat(heard()).containsExactly(FeedSignals.RIGHTS);
        execute("UPDATE region SET name = 'Sever a Morava' WHERE id = '" + region + "'");
        assertThat(heard()).containsExactly(FeedSignals.RIGHTS);
        execute("INSERT INTO feed_entry (lesson_id, sequence, kind, region_id, tier, payload, occurred_at) VALUES ('"
                + UUID.randomUUID() + "', 0, 'lesson', '" + region + "', 'REGION', '{}', now())");
        assertThat(heard()).containsExactly(FeedSignals.FEED);
        execute("DELETE FROM region WHERE id = '" + region + "'");
        assertThat(heard()).containsExactly(FeedSignals.RIGHTS);
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The channels signalled since the last call: waits a moment, since NOTIFY arrives after the commit. */
    private static List<String> heard() throws Exception {
        List<String> channels = new ArrayList<>();
        PGNotification[] notes = listener.unwrap(PGConnection.class).getNotifications(500);
        while (notes != null && notes.length > 0) {
            for (PGNotification note : notes) {
                channels.add(note.getName());
            }
            notes = listener.unwrap(PGConnection.class).getNotifications(200);
        }
        return channels;
    }
}
