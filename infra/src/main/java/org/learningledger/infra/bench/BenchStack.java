package org.learningledger.infra.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.infra.LocalIssuer;
import org.learningledger.infra.LocalKeys;
import org.learningledger.infra.LocalPostgres;

/**
 * The stack under test, on a fresh directory and free ports (so it never clashes with a running {@code up}):
 * a durable PostgreSQL (fsync and synchronous_commit on, as {@code up} runs it), a Kafka broker process, and both
 * services as processes with the JVM options of {@code up} plus {@code LEDGER_BENCH_JAVA_OPTS}. Encryption is on
 * as {@code up} runs it: a KEK and the internal secret in {@code keys/}, the command service as key service.
 */
final class BenchStack implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    final Path dir;
    final LocalIssuer issuer;
    final LocalKeys keys;
    final int kafkaPort = freePort();
    final int commandPort = freePort();
    final int queryPort = freePort();
    private final EmbeddedPostgres postgres;
    private final int pgPort;
    private final List<Child> children = new ArrayList<>();
    final Map<String, Child> services = new LinkedHashMap<>();
    private boolean closed;

    BenchStack(Path dir) throws Exception {
        this.dir = Files.createDirectories(dir);
        issuer = LocalIssuer.at(dir.resolve("issuer"));
        keys = LocalKeys.at(dir.resolve("keys"));
        pgPort = freePort();
        postgres = LocalPostgres.start(dir.resolve("postgres"), pgPort,
                ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile()));
        LocalPostgres.createRoleAndDatabases(postgres);
    }

    void startKafka() throws IOException {
        Child kafka = start("kafka", Child.java(List.of("-Xmx512m"), "-cp", System.getProperty("java.class.path"),
                "org.learningledger.infra.LocalKafka", "--dir", dir.resolve("kafka").toString(), "--port",
                String.valueOf(kafkaPort), "--controller-port", String.valueOf(freePort())), Map.of());
        kafka.awaitLog("Kafka ready on localhost:" + kafkaPort, STARTUP);
    }

    void startServices() throws IOException {
        Child command = start("command", serviceCommand("ledger.commandJar"), Map.of("COMMAND_PORT", "" + commandPort,
                "COMMAND_DB_URL", jdbcUrl("ledger_command"), "COMMAND_DB_USER", "ledger", "COMMAND_DB_PASSWORD", "ledger"));
        command.awaitHttp("http://localhost:" + commandPort + "/actuator/health", STARTUP);
        startQuery("query", queryPort, "ledger_query", "ledger-query").awaitHttp(queryUrl("/actuator/health"), STARTUP);
    }

    /** A query service on its own database and consumer group (the replay uses a fresh one). */
    Child startQuery(String name, int port, String database, String group) throws IOException {
        return start(name, serviceCommand("ledger.queryJar"), Map.of("QUERY_PORT", "" + port,
                "QUERY_DB_URL", jdbcUrl(database), "QUERY_DB_USER", "ledger", "QUERY_DB_PASSWORD", "ledger",
                "QUERY_CONSUMER_GROUP", group));
    }

    String queryUrl(String path) {
        return "http://localhost:" + queryPort + path;
    }

    String commandUrl(String path) {
        return "http://localhost:" + commandPort + path;
    }

    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + pgPort + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "ledger", "ledger");
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER ledger");
        }
    }

    /** The postmaster's pid, for CPU accounting. */
    long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private List<String> serviceCommand(String jarProperty) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Ddisable-axoniq-console-message=true"));
        String extra = System.getenv("LEDGER_BENCH_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        String jar = System.getProperty(jarProperty);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("-D" + jarProperty + " must name the built service jar, got " + jar);
        }
        return Child.java(options, "-jar", jar);
    }

    private Child start(String name, List<String> command, Map<String, String> env) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        all.put("LEDGER_JWT_PUBLIC_KEY", "file:" + issuer.publicKey());
        all.put("LEDGER_KEK_FILE", keys.kekFile().toString());
        all.put("LEDGER_INTERNAL_SECRET_FILE", keys.secretFile().toString());
        all.put("LEDGER_KEY_SERVICE_URL", commandUrl(""));
        Child child = Child.start(name, command, all, dir);
        children.add(child);
        services.put(name, child);
        return child;
    }

    void stop(String name) {
        Child child = services.remove(name);
        if (child != null) {
            child.stop();
        }
    }

    /** Idempotent: runs at the end of the bench and again from the shutdown hook on Ctrl-C. */
    @Override
    public synchronized void close() throws IOException {
        for (int i = children.size() - 1; i >= 0; i--) {
            children.get(i).stop();
        }
        children.clear();
        if (!closed) {
            closed = true;
            postgres.close();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
