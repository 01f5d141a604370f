package org.learningledger.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.content.SealingKeys;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import tools.jackson.databind.node.ObjectNode;

/** Builds records as the command service's publisher writes them: key = aggregate id, value = envelope JSON. */
final class Envelopes {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /** T0's day in the ledger's calendar. */
    static final LocalDate T0_DAY = LedgerCalendar.dateOf(T0);

    private Envelopes() {
    }

    /** Event {@code sequence} of {@code aggregate}, having occurred at T0 + minutes. */
    static ProducerRecord<String, byte[]> record(UUID aggregate, long sequence, long minutes, Object payload) {
        return new ProducerRecord<>(Topics.EVENTS, aggregate.toString(),
                LedgerJson.mapper().writeValueAsBytes(envelope(aggregate, sequence, minutes, payload)));
    }

    /**
     * As {@link #record}, with the payload's personal text sealed as the command side seals it, under keys of
     * {@code keys} (the test's stand-in of the key endpoint).
     */
    static ProducerRecord<String, byte[]> sealed(UUID aggregate, long sequence, long minutes, DomainEvent payload,
            SealingKeys keys) {
        ObjectNode envelope = envelope(aggregate, sequence, minutes, payload);
        envelope.set("payload", ContentSeal.seal(payload, envelope.get("payload"), keys));
        return new ProducerRecord<>(Topics.EVENTS, aggregate.toString(), LedgerJson.mapper().writeValueAsBytes(envelope));
    }

    /** A well-formed envelope whose type no reader knows. */
    static ProducerRecord<String, byte[]> unknownType(UUID aggregate, String type) {
        ObjectNode envelope = envelope(aggregate, 0, 0, new ExperimentStarted(aggregate, null, null));
        envelope.put("type", type);
        return new ProducerRecord<>(Topics.EVENTS, aggregate.toString(), LedgerJson.mapper().writeValueAsBytes(envelope));
    }

    /** Proposed (0), started (1), a measure (2), a child's voice (3), concluded with ADOPT (4). */
    static List<ProducerRecord<String, byte[]>> lifecycle(UUID team, UUID experiment, UUID measure, UUID voice) {
        return List.of(
                record(experiment, 0, 0, new ExperimentProposed(experiment, team, "Do family meetings reduce conflict?",
                        "fewer escalations", "weekly meetings", "escalations per month", null)),
                record(experiment, 1, 1, new ExperimentStarted(experiment, team, null)),
                record(experiment, 2, 2, new ObservationRecorded(experiment, team, measure,
                        ObservationKind.MEASURE, "escalations", new BigDecimal("3.5"), T0_DAY.minusDays(2))),
                record(experiment, 3, 3, new ObservationRecorded(experiment, team, voice,
                        ObservationKind.CHILD_VOICE, "It is calmer at home", null, T0_DAY)),
                record(experiment, 4, 4, new ExperimentConcluded(experiment, team, Decision.ADOPT, "Fewer escalations")));
    }

    /** A region with one team and the given members: region events 0, team events 0.. in order. */
    static List<ProducerRecord<String, byte[]>> teamWithMembers(UUID region, UUID team, String... members) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(record(region, 0, 0, new RegionRegistered(region, "Region " + region)));
        records.add(record(team, 0, 0, new TeamRegistered(team, region, "Team " + team, "parental-conflict")));
        for (int i = 0; i < members.length; i++) {
            records.add(record(team, i + 1, 0, new MemberAdded(team, members[i])));
        }
        return records;
    }

    static Instant at(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    private static ObjectNode envelope(UUID aggregate, long sequence, long minutes, Object payload) {
        EventType type = EventCatalog.byClass(payload.getClass()).orElseThrow();
        return LedgerJson.mapper().valueToTree(new EventEnvelope(UUID.randomUUID(), type.name(), type.revision(),
                aggregateType(payload),
                aggregate, sequence, sequence, at(minutes), LedgerJson.mapper().valueToTree(payload)));
    }

    /** As the command side's aggregates are named; the query side does not rely on it. */
    private static String aggregateType(Object payload) {
        if (payload instanceof RegionRegistered || payload instanceof StewardAppointed
                || payload instanceof StewardRemoved) {
            return "Region";
        }
        if (payload instanceof TeamRegistered || payload instanceof MemberAdded || payload instanceof MemberRemoved) {
            return "Team";
        }
        if (payload.getClass().getPackageName().endsWith(".learning")) {
            return "Learning";
        }
        return payload instanceof AnalystAppointed || payload instanceof AnalystRemoved ? "AnalystAppointment" : "Experiment";
    }
}
