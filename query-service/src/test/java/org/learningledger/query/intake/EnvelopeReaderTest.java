package org.learningledger.query.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.experiment.ExperimentStarted;
import tools.jackson.databind.node.ObjectNode;

class EnvelopeReaderTest {

    private final EnvelopeReader reader = new EnvelopeReader();
    private final UUID experiment = UUID.randomUUID();

    @Test
    void givenValidEnvelope_whenRead_thenPayloadIsTheContractRecord() {
        LedgerEvent event = reader.read(bytes(envelope("ExperimentStarted", new ExperimentStarted(experiment, UUID.randomUUID()))));
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
        assertThatThrownBy(() -> reader.read(bytes(envelope("TeamDissolved", new ExperimentStarted(experiment, null)))))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("unknown event type 'TeamDissolved'");
    }

    @Test
    void givenEnvelopeWithoutSequenceOrAggregate_whenRead_thenRejected() {
        ObjectNode noSequence = envelope("ExperimentStarted", new ExperimentStarted(experiment, null));
        noSequence.remove("sequence");
        assertThatThrownBy(() -> reader.read(bytes(noSequence))).hasMessageContaining("sequence");
        ObjectNode noAggregate = envelope("ExperimentStarted", new ExperimentStarted(experiment, null));
        noAggregate.remove("aggregateId");
        assertThatThrownBy(() -> reader.read(bytes(noAggregate))).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("unreadable envelope");
    }

    @Test
    void givenPayloadOfWrongShape_whenRead_thenRejected() {
        ObjectNode envelope = envelope("ExperimentStarted", new ExperimentStarted(experiment, null));
        envelope.putObject("payload").put("experimentId", "not-a-uuid");
        assertThatThrownBy(() -> reader.read(bytes(envelope))).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("unreadable ExperimentStarted payload");
    }

    private ObjectNode envelope(String type, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, "1", "Experiment", experiment, 1, 7,
                Instant.parse("2026-03-01T10:00:00Z"), LedgerJson.mapper().valueToTree(payload));
        return LedgerJson.mapper().valueToTree(envelope);
    }

    private static byte[] bytes(ObjectNode node) {
        return LedgerJson.mapper().writeValueAsBytes(node);
    }
}
