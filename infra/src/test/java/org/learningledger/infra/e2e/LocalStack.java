package org.learningledger.infra.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.learningledger.infra.LocalIssuer;
import org.learningledger.infra.LocalKeys;

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
    private final int kafkaPort = StackPostgres.freePort();
    private final int controllerPort = StackPostgres.freePort();
    final int commandPort = StackPostgres.freePort();
    final int queryPort = StackPostgres.freePort();
    private ServiceProcess kafka;
    private ServiceProcess command;
    private ServiceProcess query;

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
        startCommand();
        startQuery();
        return this;
    }

    void startKafka() {
        kafka = new ServiceProcess("kafka", ServiceProcess.javaCommand("-cp", ServiceProcess.classpath(),
                "org.learningledger.infra.LocalKafka", "--dir", home.resolve("kafka").toString(),
                "--port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(controllerPort)),
                Map.of(), home).start();
        kafka.awaitLog("Kafka ready on localhost:" + kafkaPort, STARTUP);
    }

    void startCommand() {
        command = new ServiceProcess("command-service", ServiceProcess.javaCommand("-jar",
                ServiceProcess.file("ledger.commandJar").getPath()), env(commandPort, Map.of()), home).start();
        command.awaitHttp(commandUrl("/actuator/health"), STARTUP);
    }

    void startQuery() {
        startQuery(Map.of());
    }

    /** With extra settings for this start only, e.g. another consumer group. */
    void startQuery(Map<String, String> extraEnv) {
        query = new ServiceProcess("query-service", ServiceProcess.javaCommand("-jar",
                ServiceProcess.file("ledger.queryJar").getPath()), env(queryPort, extraEnv), home).start();
        query.awaitHttp(queryUrl("/actuator/health"), STARTUP);
    }

    void startPostgres() {
        postgres.start();
    }

    void killPostgres() {
        postgres.kill();
    }

    ServiceProcess kafka() {
        return kafka;
    }

    ServiceProcess command() {
        return command;
    }

    ServiceProcess query() {
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

    private Map<String, String> env(int port, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("COMMAND_PORT", String.valueOf(port),
                "QUERY_PORT", String.valueOf(port), "LEDGER_JWT_PUBLIC_KEY", "file:" + issuer.publicKey(),
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap(),
                "COMMAND_DB_URL", postgres.jdbcUrl("ledger_command"), "QUERY_DB_URL", postgres.jdbcUrl("ledger_query"),
                "COMMAND_DB_USER", postgres.user(), "QUERY_DB_USER", postgres.user(),
                "COMMAND_DB_PASSWORD", postgres.password(), "QUERY_DB_PASSWORD", postgres.password()));
        env.put("LEDGER_KEK_FILE", keys.kekFile().toString());
        env.put("LEDGER_INTERNAL_SECRET_FILE", keys.secretFile().toString());
        env.put("LEDGER_KEY_SERVICE_URL", "http://localhost:" + commandPort);
        env.putAll(serviceEnv);
        env.putAll(extra);
        return env;
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess p : Arrays.asList(query, command, kafka)) {
            if (p != null) {
                p.stop();
            }
        }
        postgres.close();
    }
}
