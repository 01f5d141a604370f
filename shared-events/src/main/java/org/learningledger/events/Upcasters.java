package org.learningledger.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.events.experiment.ExperimentProposedV1ToV2;
import org.learningledger.events.experiment.ExperimentStartedV1ToV2;
import org.learningledger.events.experiment.ObservationRecordedV1ToV2;
import org.learningledger.events.learning.LearningPublishedV1ToV2;
import org.learningledger.events.learning.LearningRevisedV1ToV2;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger's upcasters, one per (type, from-revision), and the chain that brings a stored
 * payload of any known revision to the revision the {@link EventCatalog} names as current.
 */
public final class Upcasters {

    private static final Upcasters LEDGER = new Upcasters(List.of(new ObservationRecordedV1ToV2(),
            new LearningRevisedV1ToV2(), new LearningPublishedV1ToV2(), new ExperimentStartedV1ToV2(),
            new ExperimentProposedV1ToV2()));

    private final Map<String, EventUpcaster> steps = new HashMap<>();

    Upcasters(List<EventUpcaster> upcasters) {
        for (EventUpcaster step : upcasters) {
            if (steps.put(key(step.type(), step.fromRevision()), step) != null) {
                throw new IllegalStateException("two upcasters of " + step.type() + " from revision " + step.fromRevision());
            }
        }
        for (EventType type : EventCatalog.all()) {
            for (int revision = 1; revision < type.currentRevision(); revision++) {
                if (!steps.containsKey(key(type.name(), revision))) {
                    throw new IllegalStateException("no upcaster of " + type.name() + " from revision " + revision);
                }
            }
        }
    }

    public static Upcasters ledger() {
        return LEDGER;
    }

    public List<EventUpcaster> all() {
        return List.copyOf(steps.values());
    }

    /** Whether a payload of {@code revision} needs steps before it can be read as {@code type}'s record. */
    public boolean needsUpcasting(EventType type, String revision) {
        return parse(type, revision) != type.currentRevision();
    }

    /**
     * Returns the payload as the current revision of {@code type} (a copy when a step applies), or
     * throws {@link UnknownRevisionException} for a revision that is newer than this build or malformed.
     * A missing revision is 1: the first release wrote none on some paths.
     */
    public JsonNode toCurrent(EventType type, String revision, JsonNode payload, Instant occurredAt) {
        int from = parse(type, revision);
        if (from == type.currentRevision()) {
            return payload;
        }
        if (!(payload instanceof ObjectNode object)) {
            throw new UnknownRevisionException(type.name() + " revision " + from + " is not a JSON object");
        }
        ObjectNode current = object.deepCopy();
        for (int step = from; step < type.currentRevision(); step++) {
            current = steps.get(key(type.name(), step)).upcast(current, occurredAt);
        }
        return current;
    }

    private static int parse(EventType type, String revision) {
        int parsed;
        try {
            parsed = revision == null || revision.isBlank() ? 1 : Integer.parseInt(revision.trim());
        } catch (NumberFormatException e) {
            throw new UnknownRevisionException(type.name() + " has a malformed revision '" + revision + "'");
        }
        if (parsed < 1 || parsed > type.currentRevision()) {
            throw new UnknownRevisionException(type.name() + " revision " + revision + " is unknown to this build,"
                    + " which reads revisions 1 to " + type.currentRevision() + ": it was written by a newer release");
        }
        return parsed;
    }

    private static String key(String type, int fromRevision) {
        return type + "#" + fromRevision;
    }
}
