package org.learningledger.query.keys;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.SecretKey;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ErasedContentException;
import org.learningledger.events.content.SealingKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the command service's {@code POST /internal/keys}, answering the contract's exact
 * JSON from keys it creates on first use (as the command side's key table does) and forgets on
 * erasure. The command service does not run in this module's tests; the infra module's end-to-end
 * canary runs both real services. It counts requests, checks the bearer secret, and can be made
 * unavailable (503) to show that the intake retries.
 */
public final class TestKeyService implements SealingKeys, AutoCloseable {

    public static final String SECRET = "test-internal-secret";

    private final HttpServer server;
    private final Map<ContentItem, SecretKey> keys = new ConcurrentHashMap<>();
    private final Map<ContentItem, Instant> erased = new ConcurrentHashMap<>();
    private final List<List<String>> requests = new CopyOnWriteArrayList<>();
    private volatile boolean unavailable;

    public TestKeyService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/keys", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public SecretKey forSealing(ContentItem item) {
        if (erased.containsKey(item)) {
            throw new ErasedContentException(item);
        }
        return keys.computeIfAbsent(item, i -> Aead.newKey());
    }

    /** Deletes the item's key and those of every item it covers, as the command side's erasure does. */
    public void erase(ContentItem item, Instant at) {
        for (ContentItem known : new ArrayList<>(keys.keySet())) {
            if (item.covers(known)) {
                keys.remove(known);
                erased.put(known, at);
            }
        }
        erased.putIfAbsent(item, at);
    }

    public void unavailable(boolean down) {
        unavailable = down;
    }

    /** The items asked for, one list per request. */
    public List<List<String>> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (unavailable) {
                send(exchange, 503, "{\"title\":\"unavailable\"}");
                return;
            }
            if (!("Bearer " + SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
                return;
            }
            JsonNode body = LedgerJson.mapper().readTree(exchange.getRequestBody().readAllBytes());
            List<String> asked = new ArrayList<>();
            body.path("items").forEach(item -> asked.add(item.asString()));
            requests.add(asked);
            ObjectNode answer = LedgerJson.mapper().createObjectNode();
            ObjectNode found = answer.putObject("keys");
            ObjectNode gone = answer.putObject("erased");
            var unknown = answer.putArray("unknown");
            for (String key : asked) {
                ContentItem item = new ContentItem(key);
                if (keys.containsKey(item)) {
                    found.put(key, Base64.getEncoder().encodeToString(keys.get(item).getEncoded()));
                } else if (erased.containsKey(item)) {
                    gone.put(key, erased.get(item).toString());
                } else {
                    unknown.add(key);
                }
            }
            send(exchange, 200, LedgerJson.mapper().writeValueAsString(answer));
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
