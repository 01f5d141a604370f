package org.learningledger.infra.bench;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.infra.LocalIssuer;
import org.learningledger.infra.LocalKafka;
import org.learningledger.infra.LocalKeys;
import org.learningledger.infra.LoadBalancer;
import org.learningledger.infra.LocalPostgres;
import org.learningledger.infra.Part;
import org.learningledger.infra.StackSettings;

/**
 * The stack under test, on a fresh directory and free ports (so it never clashes with a running {@code up}):
 * a durable PostgreSQL (fsync and synchronous_commit on, as {@code up} runs it), a Kafka broker process, and both
 * services as processes with the JVM options of {@code up} plus {@code LEDGER_BENCH_JAVA_OPTS}. Encryption is on
 * as {@code up} runs it: a KEK and the internal secret in {@code keys/}, the command service as key service.
 * With replicas, each service runs that many times behind HAProxy on the service ports.
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
    private final List<Part> children = new ArrayList<>();
    final Map<String, Part> services = new LinkedHashMap<>();
    private boolean closed;

    private final int replicas;
    final ServiceJvm jvm;
    /** Seconds from each service's launch until it answered its health check. */
    final Map<String, Double> startupSeconds = new LinkedHashMap<>();
    private final Map<String, Long> launchedAt = new LinkedHashMap<>();

    /** With {@code replicas} instances of each service behind HAProxy on the service ports (as {@code up --replicas}). */
    BenchStack(Path dir, int replicas) throws Exception {
        this.replicas = replicas;
        this.jvm = ServiceJvm.fromEnvironment();
        this.dir = Files.createDirectories(dir);
        issuer = LocalIssuer.at(dir.resolve("issuer"));
        keys = LocalKeys.at(dir.resolve("keys"));
        pgPort = freePort();
        postgres = LocalPostgres.start(dir.resolve("postgres"), pgPort,
                ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile()));
        LocalPostgres.createRoleAndDatabases(postgres);
    }

    void startKafka() {
        // The broker's heap as infra/ledger gives it; among the services, so its CPU is accounted for.
        Part kafka = LocalKafka.launch(List.of("-Xmx512m"), dir, dir.resolve("kafka"), kafkaPort, freePort(), STARTUP);
        children.add(kafka);
        services.put("kafka", kafka);
    }

    void startServices() {
        StackSettings settings = settings();
        if (replicas == 1) {
            start("command", serviceCommand("command", "ledger.commandJar"), settings.commandEnv());
            startQuery("query", queryPort, "ledger_query", "ledger-query");
            awaitUp("command", commandUrl("/actuator/health"));
            awaitUp("query", queryUrl("/actuator/health"));
            return;
        }
        List<Integer> commandPorts = new ArrayList<>();
        List<Integer> queryPorts = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            commandPorts.add(freePort());
            Map<String, String> env = settings.commandEnv();
            env.put("COMMAND_PORT", String.valueOf(commandPorts.get(i - 1)));
            start("command-" + i, serviceCommand("command-" + i, "ledger.commandJar"), env);
            queryPorts.add(freePort());
            startQuery("query-" + i, queryPorts.get(i - 1), "ledger_query", "ledger-query");
        }
        Part lb = LoadBalancer.launch(dir, dir.resolve("lb"), List.of(
                new LoadBalancer.Front("command", commandPort, commandPorts),
                new LoadBalancer.Front("query", queryPort, queryPorts)), STARTUP);
        children.add(lb);
        services.put("haproxy", lb);
        for (int i = 1; i <= replicas; i++) {
            awaitUp("command-" + i, "http://localhost:" + commandPorts.get(i - 1) + "/actuator/health");
            awaitUp("query-" + i, "http://localhost:" + queryPorts.get(i - 1) + "/actuator/health");
        }
    }

    /** The command and query services' processes (every instance), for the JIT warm-up. */
    List<Long> servicePids() {
        return services.entrySet().stream().filter(e -> e.getKey().startsWith("command") || e.getKey().startsWith("query"))
                .map(e -> e.getValue().pid()).toList();
    }

    /** Stops every instance of the query service (the replay measures a fresh one alone). */
    void stopQueries() {
        List.copyOf(services.keySet()).stream().filter(name -> name.startsWith("query")).forEach(this::stop);
    }

    /** A query service on its own database and consumer group (the replay uses a fresh one). */
    Part startQuery(String name, int port, String database, String group) {
        Map<String, String> env = settings().withQuery(port, database(database)).queryEnv();
        env.put("LEDGER_KEY_SERVICE_URL", commandUrl("")); // withQuery keeps the command port: one instance or HAProxy
        env.put("QUERY_CONSUMER_GROUP", group);
        return start(name, serviceCommand(name, "ledger.queryJar"), env);
    }

    /** Waits for a service's health and notes how long it took from its launch. */
    Part awaitUp(String name, String healthUrl) {
        Part part = services.get(name);
        part.awaitHttp(healthUrl, STARTUP);
        startupSeconds.put(name, (System.nanoTime() - launchedAt.get(name)) / 1e9);
        return part;
    }

    private StackSettings settings() {
        return new StackSettings(kafkaBootstrap(), issuer, keys, database("ledger_command"), database("ledger_query"),
                commandPort, queryPort);
    }

    private StackSettings.Database database(String name) {
        return new StackSettings.Database(jdbcUrl(name), "ledger", "ledger");
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

    /** The service JVM options of infra/ledger up, plus LEDGER_BENCH_JAVA_OPTS, on the JDK and cache of {@link ServiceJvm}. */
    private List<String> serviceCommand(String name, String jarProperty) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Ddisable-axoniq-console-message=true"));
        String extra = System.getenv("LEDGER_BENCH_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        try {
            return jvm.command(name, Path.of(Part.jar(jarProperty)), options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the " + name + " JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted preparing the " + name + " JVM", e);
        }
    }

    /** The child inherits this JVM's environment, so service settings given to the bench reach it. */
    private Part start(String name, List<String> command, Map<String, String> env) {
        launchedAt.put(name, System.nanoTime());
        Part child = Part.start(name, command, env, dir);
        children.add(child);
        services.put(name, child);
        return child;
    }

    void stop(String name) {
        Part child = services.remove(name);
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
        return Part.freePort();
    }
}
