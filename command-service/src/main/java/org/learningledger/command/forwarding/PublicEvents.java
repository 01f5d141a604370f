package org.learningledger.command.forwarding;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Tier;

/**
 * Decides what of a stored event every reader may see, as a CloudEvent for {@code ledger.published}:
 * national publications (their snapshot, which carries a validation's link and result), endorsements
 * made while national, and the bare fact that a national learning was withdrawn. Everything else,
 * above all drafts, experiments and region-only content, yields nothing.
 */
final class PublicEvents {

    static final URI SOURCE = URI.create("urn:learning-ledger");
    static final String PREFIX = "org.learningledger.learning.";

    private PublicEvents() {
    }

    static Optional<CloudEvent> of(EventMessage<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof LearningPublished e && e.tier() == Tier.NATION) {
            return Optional.of(build(message, "published", e.learningId().toString(), ordered(
                    "learningId", e.learningId(), "teamId", e.teamId(), "regionId", e.regionId(),
                    "version", e.version(), "tier", e.tier(), "snapshot", e.snapshot())));
        }
        if (payload instanceof LearningEndorsed e && e.tier() == Tier.NATION) {
            return Optional.of(build(message, "endorsed", e.learningId().toString(), ordered(
                    "learningId", e.learningId(), "stewardRegionId", e.stewardRegionId(), "note", e.note())));
        }
        if (payload instanceof LearningWithdrawn e && e.tier() == Tier.NATION) {
            // the fact of the withdrawal, never its reason or any content
            return Optional.of(build(message, "withdrawn", e.learningId().toString(),
                    ordered("learningId", e.learningId())));
        }
        return Optional.empty();
    }

    private static CloudEvent build(EventMessage<?> message, String type, String subject, Map<String, Object> data) {
        return CloudEventBuilder.v1().withId(message.getIdentifier()).withSource(SOURCE).withType(PREFIX + type)
                .withSubject(subject).withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(LedgerJson.mapper().writeValueAsBytes(data)).build();
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
