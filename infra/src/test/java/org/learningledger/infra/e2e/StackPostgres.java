package org.learningledger.infra.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningledger.infra.LocalPostgres;
import org.learningledger.infra.Part;

/**
 * The PostgreSQL of a {@link LocalStack}: either zonky's in-process instance (fast; fsync off, fine where nothing
 * crashes) or the {@code LocalPostgres} launcher as its own process, durable, so a test can kill -9 it like a
 * crashed server and start it again on the same data directory.
 */
abstract class StackPostgres implements AutoCloseable {

    abstract String jdbcUrl(String database);

    abstract String user();

    String password() {
        return user();
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    void kill() {
        throw new UnsupportedOperationException("only a PostgreSQL process can be killed");
    }

    void start() {
    }

    static StackPostgres embedded() throws IOException, SQLException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database ledger_command");
            s.execute("create database ledger_query");
        }
        return new StackPostgres() {
            String jdbcUrl(String database) {
                return pg.getJdbcUrl("postgres", database);
            }

            String user() {
                return "postgres";
            }

            public void close() throws IOException {
                pg.close();
            }
        };
    }

    /** LocalPostgres (fsync and synchronous_commit on) in its own JVM; it creates role ledger and both databases. */
    static StackPostgres process(Path home) {
        Launched launched = new Launched(home.resolve("postgres"), freePort());
        launched.start();
        return launched;
    }

    private static final class Launched extends StackPostgres {
        private final Path dir;
        private final int port;
        private Part launcher;

        Launched(Path dir, int port) {
            this.dir = dir;
            this.port = port;
        }

        String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }

        String user() {
            return "ledger";
        }

        @Override
        void start() {
            if (launcher == null) {
                launcher = Part.start("postgres", Part.javaMain(Part.TEST_JVM, LocalPostgres.class, "--dir", dir.toString(),
                        "--port", String.valueOf(port)), Map.of(), dir.getParent());
            } else {
                launcher.restart(); // after a kill: the same data directory again
            }
            launcher.awaitLog("PostgreSQL ready on port " + port, Duration.ofSeconds(120));
        }

        /** SIGKILL to the postmaster and every backend at once, and to the launcher: a crash, no shutdown. */
        @Override
        void kill() {
            List<ProcessHandle> victims = new ArrayList<>();
            postmaster().ifPresent(pm -> {
                victims.add(pm);
                pm.descendants().forEach(victims::add);
            });
            victims.forEach(ProcessHandle::destroyForcibly);
            launcher.kill();
            victims.forEach(p -> p.onExit().join());
        }

        private Optional<ProcessHandle> postmaster() {
            try {
                String first = Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim();
                return ProcessHandle.of(Long.parseLong(first));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** SIGTERM: the launcher stops PostgreSQL cleanly. */
        @Override
        public void close() {
            if (launcher != null) {
                launcher.stop();
            }
        }
    }

    static int freePort() {
        return Part.freePort();
    }
}
