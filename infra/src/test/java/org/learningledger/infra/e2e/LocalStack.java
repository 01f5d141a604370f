package org.learningledger.infra.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.learningledger.infra.LocalIssuer;
import org.learningledger.infra.LocalKafka;
import org.learningledger.infra.LocalKeys;
import org.learningledger.infra.Part;
import org.learningledger.infra.StackSettings;

/**
 * The whole ledger for end-to-end tests: a real PostgreSQL, a real Kafka broker and both services,
 * each service and the broker in its own process so a test can stop or kill it. With {@link #durable}
 * PostgreSQL is a process too (fsync on), so it can be killed and must keep what it acknowledged. Like
 * {@code infra/ledger up} it makes a KEK and the internal secret in its home ({@code keys/}) and passes them
 * to both services, with the command service as the query service's key service.
 */
final class LocalStack implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Path home;
    private final StackPostgres postgres;
    private final Map<String, String> serviceEnv;
    private final int kafkaPort = Part.freePort();
    private final int controllerPort = Part.freePort();
    final int commandPort = Part.freePort();
    final int queryPort = Part.freePort();
    private Part kafka;
    private Part command;
    private Part query;

    final LocalIssuer issuer;
    final LocalKeys keys;

    /** In-process PostgreSQL (zonky): for tests that never crash the database. */
    LocalStack(String name) throws IOException, SQLException, GeneralSecurityException {
        this(name, false, Map.of());
    }

    /** In-process PostgreSQL; {@code serviceEnv} is passed to both services on every start. */
    static LocalStack withEnv(String name, Map<String, String> serviceEnv)
            throws IOException, SQLException, GeneralSecurityException {
        return new LocalStack(name, false, serviceEnv);
    }

    private LocalStack(String name, boolean durable, Map<String, String> serviceEnv)
            throws IOException, SQLException, GeneralSecurityException {
        home = Files.createDirectories(Path.of("target", "e2e", name + "-" + System.nanoTime())).toAbsolutePath();
        issuer = LocalIssuer.at(home.resolve("issuer"));
        keys = LocalKeys.at(home.resolve("keys"));
        this.serviceEnv = serviceEnv;
        postgres = durable ? StackPostgres.process(home) : StackPostgres.embedded();
    }

    /** PostgreSQL as its own durable process; {@code serviceEnv} is passed to both services on every start. */
    static LocalStack durable(String name, Map<String, String> serviceEnv)
            throws IOException, SQLException, GeneralSecurityException {
        return new LocalStack(name, true, serviceEnv);
    }

    LocalStack startAll() {
        startKafka();
        startServices();
        return this;
    }

    /** Both services, launched together: each start is mostly one core's work, and there are two. */
    void startServices() {
        launchCommand();
        launchQuery(Map.of());
        command.awaitHttp(commandUrl("/actuator/health"), STARTUP);
        query.awaitHttp(queryUrl("/actuator/health"), STARTUP);
    }

    /** The first time, or again on the same data after a kill. */
    void startKafka() {
        if (kafka == null) {
            kafka = LocalKafka.launch(Part.TEST_JVM, home, home.resolve("kafka"), kafkaPort, controllerPort, STARTUP);
        } else {
            kafka.restart().awaitLog(LocalKafka.readyLine(kafkaPort), STARTUP);
        }
    }

    /** The first time, or again with the same settings after a kill. */
    void startCommand() {
        launchCommand();
        command.awaitHttp(commandUrl("/actuator/health"), STARTUP);
    }

    private void launchCommand() {
        if (command == null) {
            Map<String, String> env = settings().commandEnv();
            env.putAll(serviceEnv);
            command = Part.start("command-service", Part.java(Part.TEST_JVM, "-jar", Part.jar("ledger.commandJar")), env, home);
        } else {
            command.restart();
        }
    }

    void startQuery() {
        startQuery(Map.of());
    }

    /** With extra settings for this start only, e.g. another consumer group. */
    void startQuery(Map<String, String> extraEnv) {
        launchQuery(extraEnv);
        query.awaitHttp(queryUrl("/actuator/health"), STARTUP);
    }

    private void launchQuery(Map<String, String> extraEnv) {
        Map<String, String> env = settings().queryEnv();
        env.putAll(serviceEnv);
        env.putAll(extraEnv);
        query = Part.start("query-service", Part.java(Part.TEST_JVM, "-jar", Part.jar("ledger.queryJar")), env, home);
    }

    /** A second instance of each service on the same stores, and HAProxy in front of both pairs. */
    Replicas startReplicas() {
        return new Replicas(settings(), serviceEnv, home, STARTUP);
    }

    void startPostgres() {
        postgres.start();
    }

    void killPostgres() {
        postgres.kill();
    }

    Part kafka() {
        return kafka;
    }

    Part command() {
        return command;
    }

    Part query() {
        return query;
    }

    StackPostgres postgres() {
        return postgres;
    }

    Path home() {
        return home;
    }

    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    String commandUrl(String path) {
        return "http://localhost:" + commandPort + path;
    }

    String queryUrl(String path) {
        return "http://localhost:" + queryPort + path;
    }

    private StackSettings settings() {
        return new StackSettings(kafkaBootstrap(), issuer, keys, database("ledger_command"), database("ledger_query"),
                commandPort, queryPort);
    }

    private StackSettings.Database database(String name) {
        return new StackSettings.Database(postgres.jdbcUrl(name), postgres.user(), postgres.password());
    }

    @Override
    public void close() throws Exception {
        for (Part p : Arrays.asList(query, command, kafka)) {
            if (p != null) {
                p.stop();
            }
        }
        postgres.close();
    }
}
