package org.learningledger.infra.browser;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.learningledger.infra.DemoSeeder;
import org.learningledger.infra.IssuerServer;
import org.learningledger.infra.LocalIssuer;
import org.learningledger.infra.LocalKafka;
import org.learningledger.infra.LocalKeys;
import org.learningledger.infra.Part;
import org.learningledger.infra.StackSettings;

/**
 * The whole ledger as {@code infra/ledger up} runs it, for the browser tests: PostgreSQL (in this JVM), a Kafka
 * broker and both services as processes, the sign-in issuer over HTTP, and the demo organisation. Free ports
 * everywhere, passed to the services as {@code infra/ledger} passes its ports, so the pages learn them from the
 * query service's settings; a KEK and the internal secret in {@code keys/}, passed as {@code up} passes them. One test replaces {@code ui/config.js} through Spring's static locations, as a
 * deployment may.
 */
final class BrowserStack implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    final Path home;
    final LocalIssuer issuer;
    final LocalKeys keys;
    final int commandPort = Part.freePort();
    final int queryPort = Part.freePort();
    /**
     * Where a test's identity provider listens: the web interface's CSP must allow it (LEDGER_WEB_CONNECT_SRC),
     * so the port is known at start. It is bound (and served, empty) from the start: a port only chosen then
     * could be taken by another connection before the test that needs it runs, minutes later.
     */
    final HttpServer oidcServer;
    final int oidcPort;
    private final EmbeddedPostgres postgres;
    private Part kafka;
    private Part command;
    private Part query;
    private IssuerServer issuerServer;

    private BrowserStack(Path home) throws Exception {
        this.home = home;
        issuer = LocalIssuer.at(home.resolve("issuer"));
        keys = LocalKeys.at(home.resolve("keys"));
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database ledger_command");
            s.execute("create database ledger_query");
        }
        oidcServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        oidcServer.start();
        oidcPort = oidcServer.getAddress().getPort();
    }

    static BrowserStack start() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "browser", "stack-" + System.nanoTime())).toAbsolutePath();
        BrowserStack stack = new BrowserStack(home);
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        int kafkaPort = Part.freePort();
        kafka = LocalKafka.launch(Part.TEST_JVM, home, home.resolve("kafka"), kafkaPort, Part.freePort(), STARTUP);
        issuerServer = IssuerServer.start(home.resolve("issuer"), 0, List.of(uiUrl("").replaceAll("/$", "")));

        StackSettings settings = new StackSettings("localhost:" + kafkaPort, issuer, keys, database("ledger_command"),
                database("ledger_query"), commandPort, queryPort);
        command = Part.start("command-service", Part.java(Part.TEST_JVM, "-jar", Part.jar("ledger.commandJar")),
                settings.commandEnv(), home);
        // As infra/ledger: the query service tells the pages where the other parts are, the issuer too.
        Map<String, String> queryEnv = settings.queryEnv();
        queryEnv.put("LEDGER_ISSUER_PORT", String.valueOf(issuerServer.port()));
        // The page's own config.js (writeUiConfig) may name an identity provider the service was not told about.
        queryEnv.put("LEDGER_WEB_CONNECT_SRC", "http://localhost:" + oidcPort);
        // A deployment's own ui/config.js, ahead of the built-in one. It must exist when the service starts (Spring
        // remembers where it found each file), so it starts as the built-in one: the query service's settings.
        restoreUiConfig();
        queryEnv.put("SPRING_WEB_RESOURCES_STATIC_LOCATIONS", home.resolve("web").toUri() + ",classpath:/static/");
        query = Part.start("query-service", Part.java(Part.TEST_JVM, "-jar", Part.jar("ledger.queryJar")), queryEnv, home);
        command.awaitHttp(commandUrl("/actuator/health"), STARTUP);
        query.awaitHttp(uiUrl("actuator/health"), STARTUP);
        DemoSeeder.main(new String[] {"--command-url", commandUrl(""), "--dir", home.resolve("issuer").toString()});
    }

    /**
     * What a deployment may do instead of configuring the query service: its own ui/config.js ahead of the built-in
     * one, here with {@code oidc} (a JavaScript object literal) as the identity provider's settings.
     */
    void writeUiConfig(String oidc) throws IOException {
        Path ui = Files.createDirectories(home.resolve("web").resolve("ui"));
        Files.writeString(ui.resolve("config.js"), """
                // written by a browser test
                export default {
                  queryApi: '',
                  commandApi: 'http://localhost:%d',
                  issuerUrl: 'http://localhost:%d',
                  oidc: %s,
                };
                """.formatted(commandPort, issuerServer.port(), oidc));
    }

    /** Back to what the built-in ui/config.js does: take the query service's settings. */
    void restoreUiConfig() throws IOException {
        Path ui = Files.createDirectories(home.resolve("web").resolve("ui"));
        Files.writeString(ui.resolve("config.js"), "export { default } from './settings.js';\n");
    }

    /** The web interface, e.g. {@code uiUrl("#/feed")}. */
    /** The local issuer's sign-in key, as the sign-in link of {@code infra/ledger up} carries it. */
    String signInKey() {
        try {
            return issuer.signInKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uiUrl(String rest) {
        return "http://localhost:" + queryPort + "/" + rest;
    }

    String commandUrl(String path) {
        return "http://localhost:" + commandPort + path;
    }

    String queryUrl(String path) {
        return "http://localhost:" + queryPort + path;
    }

    private StackSettings.Database database(String name) {
        return new StackSettings.Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }


    @Override
    public void close() throws Exception {
        for (Part p : new Part[] {query, command, kafka}) {
            if (p != null) {
                p.close();
            }
        }
        if (issuerServer != null) {
            issuerServer.close();
        }
        postgres.close();
        oidcServer.stop(0);
    }
}
