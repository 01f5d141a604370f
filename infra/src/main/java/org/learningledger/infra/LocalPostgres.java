package org.learningledger.infra;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real, persistent PostgreSQL for the local stack, from the zonky binaries on the class path.
 *
 * <pre>LocalPostgres [--dir DIR] [--port P]</pre>
 *
 * DIR (default {@code $LEDGER_HOME/postgres}) holds the cluster in {@code data/}, kept between runs; the port defaults
 * to {@code $LEDGER_PG_PORT} (5433, beside a system PostgreSQL on 5432). On start it creates, if missing, the role
 * {@code ledger} (password {@code ledger}) and the databases {@code ledger_command} and {@code ledger_query} owned
 * by it, prints {@code PostgreSQL ready on port N}, and runs until SIGTERM/SIGINT, then stops PostgreSQL cleanly.
 * Note that zonky's initdb sets {@code trust} authentication: any local client gets in; fine for one developer machine.
 */
public final class LocalPostgres {

    static final String ROLE = "ledger";
    static final String PASSWORD = "ledger";
    static final List<String> DATABASES = List.of("ledger_command", "ledger_query");

    private static final Object LIFECYCLE = new Object();
    private static EmbeddedPostgres running;

    private LocalPostgres() {
    }

    public static void main(String[] argv) throws Exception {
        Options options = Options.parse(argv, System.getenv(), Set.of("dir", "port"));
        Path dir = options.dir("postgres");
        int port = options.port("port", "LEDGER_PG_PORT", 5433);
        Path dataDir = dir.resolve("data");
        Files.createDirectories(dir);

        // Two launchers on one directory would stop each other's server below; held until the JVM exits.
        FileChannel lockChannel = FileChannel.open(dir.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock();
        if (lock == null) {
            System.err.println("Another LocalPostgres is already running on " + dir);
            System.exit(2);
        }

        // Our own hook rather than zonky's, so a signal that arrives during start-up waits for it, then stops the server.
        Runtime.getRuntime().addShutdownHook(new Thread(LocalPostgres::stop, "postgres-stopper"));
        synchronized (LIFECYCLE) {
            StalePostmaster.clear(dataDir, Duration.ofSeconds(60)).ifPresent(System.out::println);
            System.out.println("Starting PostgreSQL on localhost:" + port + ", data in " + dataDir);
            running = start(dataDir, port);
        }
        createRoleAndDatabases(running);
        System.out.println("PostgreSQL ready on port " + port);
        watch(dataDir); // until a signal runs the shutdown hook, or the server dies
    }

    /**
     * Exits (status 3) when the PostgreSQL server itself dies, say by a kill -9 of the postmaster: this
     * launcher is the process {@code infra/ledger up} supervises, and without this it would outlive
     * its server while both services answered 503 and nothing said why.
     */
    private static void watch(Path dataDir) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow(
                () -> new IllegalStateException("PostgreSQL (pid " + postmaster + ") is not running"));
        server.onExit().join();
        synchronized (LIFECYCLE) {
            if (running == null) {
                return; // stopped by our own shutdown hook
            }
            running = null; // nothing left to stop
        }
        System.err.println("PostgreSQL server (pid " + postmaster + ") died; its launcher stops too."
                + " The data directory is kept: the next start recovers from the write-ahead log.");
        System.exit(3);
    }

    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, ProcessBuilder.Redirect.INHERIT);
    }

    /** With the server's own output sent to {@code output} (the bench keeps it out of its table). */
    public static EmbeddedPostgres start(Path dataDir, int port, ProcessBuilder.Redirect output) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false) // persistent: initdb only when the directory has no cluster yet
                .setPort(port)
                // zonky defaults to fsync off and synchronous_commit off; a ledger needs acknowledged writes to survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                // TCP only: no socket lock files in /tmp that could outlive a crash.
                .setServerConfig("unix_socket_directories", "''")
                .setRegisterShutdownHook(false)
                // Crash recovery after an unclean stop can take longer than zonky's 10 s default.
                .setPGStartupWait(Duration.ofMinutes(2))
                // The server's own log goes straight to our stdout (infra/ledger sends it to logs/postgres.log).
                .setOutputRedirector(output)
                .setErrorRedirector(output)
                .start();
    }

    private static void stop() {
        synchronized (LIFECYCLE) {
            if (running != null) {
                try {
                    running.close(); // pg_ctl stop -m fast
                    System.out.println("PostgreSQL stopped");
                } catch (IOException e) {
                    System.err.println("Stopping PostgreSQL failed: " + e);
                }
                running = null;
            }
        }
    }

    /** Idempotent: safe on every start, on a new cluster and on one from an earlier run. */
    public static void createRoleAndDatabases(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                System.out.println("Created role " + ROLE);
            }
            for (String db : DATABASES) {
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    s.execute("CREATE DATABASE " + db + " OWNER " + ROLE); // cannot run in a transaction block: autocommit
                    System.out.println("Created database " + db);
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
