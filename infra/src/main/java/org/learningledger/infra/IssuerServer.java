package org.learningledger.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The local token issuer over HTTP, for the web interface's sign-in page: {@code GET /users} lists the
 * demo users, {@code POST /token} with {@code {"user":"jana"}} answers
 * {@code {"access_token", "token_type":"Bearer", "expires_in"}} to a caller that also shows the sign-in key
 * ({@code "key"}, see {@link LocalIssuer#signInKey()}), never to an anonymous one. It exists only in the local
 * stack, listens on the loopback interface only, and lets only the web interface's origin call it from a
 * browser (CORS). With a real identity provider none of this runs.
 */
public final class IssuerServer implements AutoCloseable {

    static final String DEFAULT_ORIGINS = "http://localhost:8082,http://127.0.0.1:8082";
    private static final int MAX_BODY = 4_096;

    private final LocalIssuer issuer;
    private final Set<String> origins;
    private final HttpServer server;

    private IssuerServer(LocalIssuer issuer, Set<String> origins, HttpServer server) {
        this.issuer = issuer;
        this.origins = origins;
        this.server = server;
    }

    /** Starts on {@code port} of the loopback interface (0: a free port); {@code origins} may call it from a page. */
    public static IssuerServer start(Path issuerDir, int port, List<String> origins)
            throws IOException, GeneralSecurityException {
        LocalIssuer issuer = LocalIssuer.at(issuerDir);
        issuer.signInKey(); // made now, so that infra/ledger up can print the sign-in link
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        IssuerServer issuerServer = new IssuerServer(issuer, Set.copyOf(origins), server);
        server.createContext("/", issuerServer::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "issuer-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return issuerServer;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && !origins.contains(origin)) {
                // A page from anywhere else must not get tokens, not even a readable refusal.
                send(exchange, 403, problem(403, "Origin not allowed", "This issuer serves only the ledger's web interface."));
                return;
            }
            if (origin != null) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Vary", "Origin");
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (method.equals("OPTIONS")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
                exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
                exchange.sendResponseHeaders(204, -1);
            } else if (path.equals("/users") && method.equals("GET")) {
                send(exchange, 200, IssuerJson.write(users()));
            } else if (path.equals("/token") && method.equals("POST")) {
                token(exchange);
            } else if (path.equals("/health") && method.equals("GET")) {
                send(exchange, 200, "{\"status\":\"UP\"}");
            } else {
                send(exchange, 404, problem(404, "Not found", "This issuer answers GET /users and POST /token."));
            }
        } catch (RuntimeException e) {
            System.err.println("issuer: " + e);
        }
    }

    private static List<Map<String, Object>> users() {
        List<Map<String, Object>> users = new ArrayList<>();
        for (DemoOrganisation.User user : DemoOrganisation.USERS) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("user", user.name());
            u.put("description", user.description());
            u.put("descriptions", Map.of("en", user.description(), "cs", user.descriptionCs()));
            u.put("roles", user.roles());
            users.add(u);
        }
        return users;
    }

    private void token(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                send(exchange, 413, problem(413, "Too large", "The request body is too large."));
                return;
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        if (!signInKeyShown(IssuerJson.field(body, "key"))) {
            send(exchange, 401, invalid(401, "key", "sign-in-key",
                    "must be the key of the sign-in link that infra/ledger up printed (infra/ledger sign-in-link)"));
            return;
        }
        String name = IssuerJson.field(body, "user");
        if (name == null) {
            send(exchange, 400, invalid(400, "user", "required", "must name a demo user, as {\"user\": \"jana\"}"));
            return;
        }
        DemoOrganisation.User user = DemoOrganisation.user(name).orElse(null);
        if (user == null) {
            send(exchange, 400, invalid(400, "user", "demo-user", "must be one of "
                    + String.join(", ", DemoOrganisation.userNames())));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", issuer.token(user.name(), user.roles()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", LocalIssuer.LIFETIME.toSeconds());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, IssuerJson.write(answer));
    }

    private static String problem(int status, String title, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        return IssuerJson.write(p);
    }

    private static String invalid(int status, String field, String rule, String message) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", status == 401 ? "urn:ledger:problem:unauthenticated" : "urn:ledger:problem:invalid-request");
        p.put("title", status == 401 ? "Sign-in link needed" : "Invalid request");
        p.put("status", status);
        p.put("detail", "The field '" + field + "' " + message + ".");
        p.put("errors", List.of(Map.of("field", field, "rule", rule, "message", message)));
        return IssuerJson.write(p);
    }

    /** Constant time, so the key cannot be guessed byte by byte from how fast a refusal comes. */
    private boolean signInKeyShown(String shown) throws IOException {
        return shown != null && MessageDigest.isEqual(shown.getBytes(StandardCharsets.UTF_8),
                issuer.signInKey().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * {@code --dir DIR} (default {@code $LEDGER_HOME/issuer}), {@code --port N} ({@code LEDGER_ISSUER_PORT},
     * 8083), {@code --origins URL,URL} ({@code LEDGER_ISSUER_ORIGINS}, the web interface on port 8082).
     */
    public static void main(String[] argv) throws Exception {
        Options options = Options.parse(argv, System.getenv(), Set.of("dir", "port", "origins"));
        Path dir = options.dir("issuer");
        int port = options.port("port", "LEDGER_ISSUER_PORT", 8083);
        String origins = argValue(argv, "--origins");
        if (origins == null) {
            origins = System.getenv().getOrDefault("LEDGER_ISSUER_ORIGINS", DEFAULT_ORIGINS);
        }
        List<String> allowed = Arrays.stream(origins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        IssuerServer server = start(dir, port, allowed);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "issuer-stopper"));
        System.out.println("Issuer ready on " + server.url() + " (for pages from " + String.join(", ", allowed) + ")");
        Thread.currentThread().join();
    }

    private static String argValue(String[] argv, String name) {
        for (int i = 0; i + 1 < argv.length; i++) {
            if (argv[i].equals(name)) {
                return argv[i + 1];
            }
        }
        return null;
    }
}
