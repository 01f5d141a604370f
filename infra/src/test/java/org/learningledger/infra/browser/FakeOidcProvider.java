package org.learningledger.infra.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.learningledger.infra.LocalIssuer;

/**
 * Just enough of an OpenID Connect provider to check the web interface's authorisation-code flow with PKCE:
 * discovery, an authorisation endpoint that approves at once, and a token endpoint that hands out a token only
 * for the right code, redirect URI and code verifier (S256). The token is the local issuer's, so the services
 * accept it.
 */
final class FakeOidcProvider implements AutoCloseable {

    private final HttpServer server;
    private final LocalIssuer issuer;
    private final String user;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    volatile Map<String, String> lastAuthorization = Map.of();
    volatile Map<String, String> lastTokenRequest = Map.of();
    volatile boolean verifierMatched;

    /** Answers on the stack's own identity-provider server (bound and started with the stack) until closed. */
    FakeOidcProvider(LocalIssuer issuer, String user, HttpServer server) {
        this.issuer = issuer;
        this.user = user;
        this.server = server;
        server.createContext("/", this::handle);
    }

    String authority() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/.well-known/openid-configuration")) {
                send(exchange, 200, "{\"issuer\":\"%s\",\"authorization_endpoint\":\"%s/authorize\",\"token_endpoint\":\"%s/token\"}"
                        .formatted(authority(), authority(), authority()));
            } else if (path.equals("/authorize")) {
                Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
                lastAuthorization = q;
                String code = UUID.randomUUID().toString();
                codes.put(code, q);
                exchange.getResponseHeaders().set("Location", q.get("redirect_uri") + "?code=" + code
                        + "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/token") && exchange.getRequestMethod().equals("POST")) {
                Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                lastTokenRequest = f;
                Map<String, String> authorization = codes.remove(f.getOrDefault("code", ""));
                verifierMatched = authorization != null && "S256".equals(authorization.get("code_challenge_method"))
                        && s256(f.getOrDefault("code_verifier", "")).equals(authorization.get("code_challenge"))
                        && f.getOrDefault("redirect_uri", "").equals(authorization.get("redirect_uri"))
                        && "authorization_code".equals(f.get("grant_type"));
                if (verifierMatched) {
                    send(exchange, 200, "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                            .formatted(issuer.token(user, java.util.List.of())));
                } else {
                    send(exchange, 400, "{\"error\":\"invalid_grant\"}");
                }
            } else {
                send(exchange, 404, "{}");
            }
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.removeContext("/");
    }
}
