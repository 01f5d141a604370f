package org.learningledger.query.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import tools.jackson.databind.node.ObjectNode;

class EnvelopeReaderTest {

    private final EnvelopeReader reader = new EnvelopeReader();
    private final UUID experiment = UUID.randomUUID();

    @Test
    void givenValidEnvelope_whenRead_thenPayloadIsTheContractRecord() {
        LedgerEvent event = reader.read(bytes(envelope("ExperimentStarted", new ExperimentStarted(experiment, UUID.randomUUID(), null))));
        assertThat(event.payload()).isInstanceOf(ExperimentStarted.class);
        assertThat(event.aggregateId()).isEqualTo(experiment);
        assertThat(event.sequence()).isEqualTo(1);
    }

    @Test
    void givenBadJson_whenRead_thenRejected() {
        assertThatThrownBy(() -> reader.read("{not json".getBytes(UTF_8)))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("unreadable envelope");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(RejectedEventException.class);
    }

    @Test
    void givenUnknownType_whenRead_thenRejectedNamingTheType() {
        assertThatThrownBy(() -> reader.read(bytes(envelope("TeamDissolved", new ExperimentStarted(experiment, null, null)))))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("unknown event type 'TeamDissolved'");
    }

    @Test
    void givenEnvelopeWithoutSequenceOrAggregate_whenRead_thenRejected() {
        ObjectNode noSequence = envelope("ExperimentStarted", new ExperimentStarted(experiment, null, null));
        noSequence.remove("sequence");
        assertThatThrownBy(() -> reader.read(bytes(noSequence))).hasMessageContaining("sequence");
        ObjectNode noAggregate = envelope("ExperimentStarted", new ExperimentStarted(experiment, null, null));
        noAggregate.remove("aggregateId");
        assertThatThrownBy(() -> reader.read(bytes(noAggregate))).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("unreadable envelope");
    }

    @Test
    void givenPayloadOfWrongShape_whenRead_thenRejected() {
        ObjectNode envelope = envelope("ExperimentStarted", new ExperimentStarted(experiment, null, null));
        envelope.putObject("payload").put("experimentId", "not-a-uuid");
        assertThatThrownBy(() -> reader.read(bytes(envelope))).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("unreadable ExperimentStarted payload");
    }

    @Test
    void givenRevision1ObservationAsThePreviousReleaseWroteIt_whenRead_thenObservedOnIsTheDayItWasStored() {
        // 23:30 UTC on 1 March is already 2 March in Prague: the ledger's calendar decides the day.
        String old = """
                {"eventId":"%s","type":"org.learningledger.events.experiment.ObservationRecorded","revision":"1",
                 "aggregateType":"Experiment","aggregateId":"%s","sequence":2,"globalIndex":9,
                 "occurredAt":"2026-03-01T23:30:00Z",
                 "payload":{"experimentId":"%s","teamId":"%s","observationId":"%s","kind":"NOTE","text":"calmer",
                            "value":null}}""".formatted(UUID.randomUUID(), experiment, experiment, UUID.randomUUID(),
                UUID.randomUUID());

        LedgerEvent event = reader.read(old.getBytes(UTF_8));

        assertThat(event.payload()).isInstanceOfSatisfying(ObservationRecorded.class, observation -> {
            assertThat(observation.observedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(observation.text()).isEqualTo("calmer");
        });
    }

    @Test
    void givenRevision2Observation_whenRead_thenItsOwnObservedOnIsKept() {
        ObservationRecorded observed = new ObservationRecorded(experiment, UUID.randomUUID(), UUID.randomUUID(),
                ObservationKind.CHILD_VOICE, "it is quieter", null, LocalDate.of(2026, 2, 20));
        LedgerEvent event = reader.read(bytes(envelope("ObservationRecorded", "2", observed)));
        assertThat(event.payload()).isEqualTo(observed);
    }

    @Test
    void givenRevisionNewerThanThisBuild_whenRead_thenRejectedNamingTypeAndRevision() {
        ObservationRecorded observed = new ObservationRecorded(experiment, UUID.randomUUID(), UUID.randomUUID(),
                ObservationKind.NOTE, "t", null, LocalDate.of(2026, 2, 20));
        assertThatThrownBy(() -> reader.read(bytes(envelope("ObservationRecorded", "3", observed))))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("ObservationRecorded").hasMessageContaining("revision '3'");
        assertThatThrownBy(() -> reader.read(bytes(envelope("ObservationRecorded", "two", observed))))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("ObservationRecorded").hasMessageContaining("'two'");
    }

    private ObjectNode envelope(String type, Object payload) {
        return envelope(type, "1", payload);
    }

    private ObjectNode envelope(String type, String revision, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, revision, "Experiment", experiment, 1, 7,
                Instant.parse("2026-03-01T10:00:00Z"), LedgerJson.mapper().valueToTree(payload));
        return LedgerJson.mapper().valueToTree(envelope);
    }

    private static byte[] bytes(ObjectNode node) {
        return LedgerJson.mapper().writeValueAsBytes(node);
    }
}
