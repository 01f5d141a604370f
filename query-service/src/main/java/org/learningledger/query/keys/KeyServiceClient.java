package org.learningledger.query.keys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JDK's HTTP client to {@code POST <ledger.keys.service-url>/internal/keys} with the internal
 * secret as a bearer token. Anything but a well-formed 200 is the service being unavailable (retried),
 * never an answer about the items.
 */
@Component
class KeyServiceClient implements KeyService {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI endpoint;
    private final InternalSecret secret;

    KeyServiceClient(@Value("${ledger.keys.service-url:http://localhost:8081}") String serviceUrl,
            @Value("${ledger.keys.internal-secret:}") String secret,
            @Value("${ledger.keys.internal-secret-file:}") String secretFile) {
        this.endpoint = URI.create(serviceUrl.replaceAll("/+$", "") + "/internal/keys");
        this.secret = new InternalSecret(secret, secretFile);
    }

    @Override
    public KeyAnswer fetch(List<ContentItem> items) {
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(items.size() + " items, at most " + MAX_ITEMS + " per request");
        }
        ObjectNode body = LedgerJson.mapper().createObjectNode();
        items.forEach(item -> body.withArray("items").add(item.key()));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + secret.get()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LedgerJson.mapper().writeValueAsBytes(body))).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new KeyServiceUnavailableException("the key endpoint " + endpoint + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyServiceUnavailableException("interrupted while asking " + endpoint + " for keys", e);
        }
        if (response.statusCode() != 200) {
            throw new KeyServiceUnavailableException("the key endpoint " + endpoint + " answered "
                    + response.statusCode() + (response.statusCode() == 401 ? " (the internal secret is refused)" : ""));
        }
        return answer(items, response.body());
    }

    private KeyAnswer answer(List<ContentItem> asked, byte[] body) {
        Map<ContentItem, SecretKey> keys = new HashMap<>();
        Map<ContentItem, Instant> erased = new HashMap<>();
        Set<ContentItem> unknown = new HashSet<>();
        try {
            JsonNode tree = LedgerJson.mapper().readTree(body);
            for (ContentItem item : asked) {
                JsonNode key = tree.path("keys").path(item.key());
                JsonNode at = tree.path("erased").path(item.key());
                if (key.isString()) {
                    keys.put(item, Aead.key(Base64.getDecoder().decode(key.asString())));
                } else if (at.isString()) {
                    erased.put(item, Instant.parse(at.asString()));
                } else {
                    unknown.add(item); // listed as unknown, or (against the contract) not answered at all
                }
            }
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new KeyServiceUnavailableException("the key endpoint " + endpoint + " answered unreadably: "
                    + e.getMessage(), e);
        }
        return new KeyAnswer(keys, erased, unknown);
    }
}
