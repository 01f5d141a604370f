package org.learningledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.ObservationRecorded;
import tools.jackson.databind.JsonNode;

/** The Kafka form of a stored event ({@code ledger.events}) is a contract too: pinned by its golden file. */
class EnvelopeGoldenTest {

    private static final EventEnvelope SAMPLE = new EventEnvelope(
            UUID.fromString("5e0c9a2b-7d41-4f3a-9b6e-2c8d1f0a4b37"), "ObservationRecorded", "2", "Experiment",
            GoldenJsonTest.EXPERIMENT, 3, 1042, Instant.parse("2026-03-16T08:15:30.123Z"),
            LedgerJson.mapper().valueToTree(
                    GoldenJsonTest.sample(EventCatalog.byClass(ObservationRecorded.class).orElseThrow())));

    @Test
    void givenASampleEnvelope_whenSerialized_thenMatchesItsGoldenFile() throws IOException {
        // read back from the bytes Kafka carries, so numbers compare as JSON numbers, not Java types
        JsonNode written = LedgerJson.mapper().readTree(LedgerJson.mapper().writeValueAsBytes(SAMPLE));

        assertThat(written).isEqualTo(GoldenJsonTest.golden("envelope/EventEnvelope.v1.json"));
    }

    @Test
    void givenTheGoldenEnvelope_whenRead_thenEqualsTheSample() throws IOException {
        EventEnvelope read = LedgerJson.mapper().treeToValue(
                GoldenJsonTest.golden("envelope/EventEnvelope.v1.json"), EventEnvelope.class);

        assertThat(read).isEqualTo(SAMPLE);
    }
}
