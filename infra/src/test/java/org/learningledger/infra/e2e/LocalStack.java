package org.learningledger.infra.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.learningledger.infra.LocalIssuer;

/**
 * The whole ledger for end-to-end tests: a real PostgreSQL (embedded binaries), a real Kafka broker
 * and both services, each service and the broker in its own process so a test can stop or kill it.
 */
final class LocalStack implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path home;
    private final EmbeddedPostgres postgres;
    private final int kafkaPort = freePort();
    private final int controllerPort = freePort();
    final int commandPort = freePort();
    final int queryPort = freePort();
    private ServiceProcess kafka;
    private ServiceProcess command;
    private ServiceProcess query;

    final LocalIssuer issuer;

    LocalStack(String name) throws IOException, SQLException, GeneralSecurityException {
        home = Files.createDirectories(Path.of("target", "e2e", name + "-" + System.nanoTime())).toAbsolutePath();
        issuer = LocalIssuer.at(home.resolve("issuer"));
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database ledger_command");
            s.execute("create database ledger_query");
        }
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
        awaitPort(kafkaPort);
    }

    void startCommand() {
        command = new ServiceProcess("command-service", ServiceProcess.javaCommand("-jar",
                ServiceProcess.file("ledger.commandJar").getPath()), env(commandPort, "ledger_command"), home).start();
        command.awaitHttp(commandUrl("/actuator/health"), STARTUP);
    }

    void startQuery() {
        query = new ServiceProcess("query-service", ServiceProcess.javaCommand("-jar",
                ServiceProcess.file("ledger.queryJar").getPath()), env(queryPort, "ledger_query"), home).start();
        query.awaitHttp(queryUrl("/actuator/health"), STARTUP);
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

    String commandUrl(String path) {
        return "http://localhost:" + commandPort + path;
    }

    String queryUrl(String path) {
        return "http://localhost:" + queryPort + path;
    }

    private Map<String, String> env(int port, String database) {
        String url = postgres.getJdbcUrl("postgres", database);
        return Map.of("COMMAND_PORT", String.valueOf(port), "QUERY_PORT", String.valueOf(port),
                "LEDGER_JWT_PUBLIC_KEY", "file:" + issuer.publicKey(),
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort,
                "COMMAND_DB_URL", url, "QUERY_DB_URL", url,
                "COMMAND_DB_USER", "postgres", "QUERY_DB_USER", "postgres",
                "COMMAND_DB_PASSWORD", "postgres", "QUERY_DB_PASSWORD", "postgres");
    }

    private static void awaitPort(int port) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            try (java.net.Socket ignored = new java.net.Socket("localhost", port)) {
                return;
            } catch (IOException e) {
                ServiceProcess.sleep(200);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (ServiceProcess p : Arrays.asList(query, command, kafka)) {
            if (p != null) {
                p.stop();
            }
        }
        postgres.close();
    }
}
