package org.learningledger.command.keys;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.events.content.ContentItem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data keys for the query service, which opens sealed content for permitted readers:
 * {@code POST /internal/keys} with {@code Authorization: Bearer <internal secret>} and
 * {@code {"items":[...]}} (at most 1000). Outside the JWT chain (SecurityConfig); the secret is
 * checked before the body is read, so a stranger learns nothing, not even what a valid body is.
 */
@RestController
class InternalKeysController {

    static final int MAX_ITEMS = 1000;

    private final InternalSecret secret;
    private final DataKeys keys;
    private final JsonMapper json;

    InternalKeysController(InternalSecret secret, DataKeys keys, JsonMapper json) {
        this.secret = secret;
        this.keys = keys;
        this.json = json;
    }

    @PostMapping("/internal/keys")
    ResponseEntity<?> keys(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                           @RequestBody(required = false) String body) {
        if (!secret.configured()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Keys not served",
                    "No internal secret is configured (ledger.keys.internal-secret or ledger.keys.internal-secret-file).",
                    null);
        }
        if (!secret.admits(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Internal secret needed",
                    "Authorization: Bearer <internal secret> is missing or wrong.", null);
        }
        List<ContentItem> items = new ArrayList<>();
        ResponseEntity<ProblemDetail> invalid = read(body, items);
        if (invalid != null) {
            return invalid;
        }
        KeyLookup found = keys.lookup(items);
        Map<String, String> keyed = new LinkedHashMap<>();
        found.keys().forEach((item, key) -> keyed.put(item.key(), Base64.getEncoder().encodeToString(key.getEncoded())));
        Map<String, String> erased = new LinkedHashMap<>();
        found.erased().forEach((item, at) -> erased.put(item.key(), at.toString()));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Map.of("keys", keyed, "erased", erased, "unknown",
                        found.unknown().stream().map(ContentItem::key).toList()));
    }

    private ResponseEntity<ProblemDetail> read(String body, List<ContentItem> items) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JacksonException e) {
            tree = null;
        }
        JsonNode list = tree == null ? null : tree.get("items");
        if (list == null || !list.isArray()) {
            return invalid("items", "required", "must be an array of content item keys");
        }
        if (list.size() > MAX_ITEMS) {
            return invalid("items", "max-size", "must have at most " + MAX_ITEMS + " items, not " + list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            try {
                items.add(new ContentItem(element.isString() ? element.asString() : null));
            } catch (IllegalArgumentException e) {
                return invalid("items[" + i + "]", "content-item",
                        "must be a content item key such as experiment/<id>/observation/<id>");
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> invalid(String field, String rule, String message) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The field '" + field + "' " + message + ".",
                List.of(Map.of("field", field, "rule", rule, "message", message)));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                         List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:ledger:problem:" + type));
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"internal\"");
        }
        return answer.body(problem);
    }
}
