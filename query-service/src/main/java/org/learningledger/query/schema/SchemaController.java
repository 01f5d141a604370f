package org.learningledger.query.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.learningledger.events.PublicEventType;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the JSON Schemas that the {@code dataschema} of each public CloudEvent names, to anyone:
 * they describe the public contract of {@code ledger.published}, never content. A published
 * schema never changes (a new shape is a new version), so clients may cache it for good.
 */
@RestController
class SchemaController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    @GetMapping("/schemas/{file}")
    ResponseEntity<byte[]> schema(@PathVariable String file) throws IOException {
        PublicEventType type = Arrays.stream(PublicEventType.values()).filter(t -> t.schemaFile().equals(file))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No public schema is named '" + file + "'."));
        try (InputStream in = PublicEventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("schema " + type.schemaResource() + " missing from shared-events");
            }
            return ResponseEntity.ok().contentType(SCHEMA_JSON).cacheControl(CacheControl.maxAge(
                    Duration.ofDays(365)).cachePublic().immutable()).body(in.readAllBytes());
        }
    }
}
