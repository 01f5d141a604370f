package org.learningledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every step of an event's evolution: the old golden file, upcast, equals the next revision's. */
class UpcastTest {

    /** The day the golden v2 sample was observed, as a revision-1 event stored that morning in Prague. */
    private static final Instant STORED = Instant.parse("2026-03-14T07:30:00Z");
    private static final EventType OBSERVATION = EventCatalog.byClass(ObservationRecorded.class).orElseThrow();

    @Test
    void givenObservationRecordedV1_whenUpcast_thenEqualsTheV2GoldenFile() throws IOException {
        JsonNode v1 = GoldenJsonTest.golden("ObservationRecorded.v1.json");

        JsonNode upcast = Upcasters.ledger().toCurrent(OBSERVATION, "1", v1, STORED);

        assertThat(upcast).isEqualTo(GoldenJsonTest.golden("ObservationRecorded.v2.json"));
        assertThat(LedgerJson.mapper().treeToValue(upcast, ObservationRecorded.class))
                .isEqualTo(GoldenJsonTest.sample(OBSERVATION));
        assertThat(v1.has("observedOn")).as("the stored tree is not changed").isFalse();
    }

    @Test
    void givenLearningRevisedV1_whenUpcast_thenItIsTheV2GoldenFileWithAnUnnumberedRevision() throws IOException {
        EventType revised = EventCatalog.byClass(LearningRevised.class).orElseThrow();
        JsonNode v1 = GoldenJsonTest.golden("LearningRevised.v1.json");

        JsonNode upcast = Upcasters.ledger().toCurrent(revised, "1", v1, STORED);

        ObjectNode expected = (ObjectNode) GoldenJsonTest.golden("LearningRevised.v2.json");
        assertThat(upcast).isEqualTo(expected.put("revision", 0));
        assertThat(LedgerJson.mapper().treeToValue(upcast, LearningRevised.class).revision()).isZero();
    }

    @Test
    void givenLearningPublishedV1_whenUpcast_thenEachCitedExperimentHasNoMeasures() throws IOException {
        EventType published = EventCatalog.byClass(LearningPublished.class).orElseThrow();
        JsonNode v1 = GoldenJsonTest.golden("LearningPublished.v1.json");

        JsonNode upcast = Upcasters.ledger().toCurrent(published, "1", v1, STORED);

        ObjectNode expected = (ObjectNode) GoldenJsonTest.golden("LearningPublished.v2.json");
        ((ObjectNode) expected.path("snapshot").path("evidence").get(0)).putArray("measures");
        assertThat(upcast).isEqualTo(expected);
        assertThat(LedgerJson.mapper().treeToValue(upcast, LearningPublished.class).snapshot().evidence().get(0)
                .measures()).isEmpty();
        assertThat(v1.path("snapshot").path("evidence").get(0).has("measures")).as("the stored tree is unchanged")
                .isFalse();
    }

    @Test
    void givenExperimentStartedV1_whenUpcast_thenItStartedOnThePragueDayItWasStored() throws IOException {
        EventType started = EventCatalog.byClass(ExperimentStarted.class).orElseThrow();
        JsonNode v1 = GoldenJsonTest.golden("ExperimentStarted.v1.json");

        JsonNode upcast = Upcasters.ledger().toCurrent(started, "1", v1, Instant.parse("2026-03-01T23:30:00Z"));

        assertThat(upcast).isEqualTo(GoldenJsonTest.golden("ExperimentStarted.v2.json"));
        assertThat(v1.has("startedOn")).as("the stored tree is unchanged").isFalse();
    }

    @Test
    void givenExperimentProposedV1_whenUpcast_thenItFollowsNoEarlierExperiment() throws IOException {
        EventType proposed = EventCatalog.byClass(ExperimentProposed.class).orElseThrow();
        JsonNode v1 = GoldenJsonTest.golden("ExperimentProposed.v1.json");

        JsonNode upcast = Upcasters.ledger().toCurrent(proposed, "1", v1, STORED);

        ObjectNode expected = (ObjectNode) GoldenJsonTest.golden("ExperimentProposed.v2.json");
        assertThat(upcast).isEqualTo(expected.putNull("follows"));
        assertThat(LedgerJson.mapper().treeToValue(upcast, ExperimentProposed.class).follows()).isNull();
        assertThat(v1.has("follows")).as("the stored tree is unchanged").isFalse();
    }

    @Test
    void givenAV1StoredJustBeforeMidnightInPrague_whenUpcast_thenObservedOnIsThatPragueDay() {
        ObjectNode v1 = LedgerJson.mapper().createObjectNode().put("text", "late visit");

        JsonNode upcast = Upcasters.ledger().toCurrent(OBSERVATION, "1", v1, Instant.parse("2026-06-30T22:30:00Z"));

        assertThat(upcast.path("observedOn").asString()).isEqualTo("2026-07-01");
    }

    @Test
    void givenTheCurrentRevision_whenUpcast_thenThePayloadIsUntouched() throws IOException {
        JsonNode v2 = GoldenJsonTest.golden("ObservationRecorded.v2.json");

        assertThat(Upcasters.ledger().toCurrent(OBSERVATION, "2", v2, STORED)).isSameAs(v2);
        assertThat(Upcasters.ledger().needsUpcasting(OBSERVATION, "2")).isFalse();
        assertThat(Upcasters.ledger().needsUpcasting(OBSERVATION, null)).isTrue();
    }

    @Test
    void givenARevisionNewerThanThisBuild_whenUpcast_thenAClearErrorNamesIt() throws IOException {
        JsonNode v2 = GoldenJsonTest.golden("ObservationRecorded.v2.json");

        assertThatThrownBy(() -> Upcasters.ledger().toCurrent(OBSERVATION, "3", v2, STORED))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("ObservationRecorded revision 3 is unknown to this build");
        assertThatThrownBy(() -> Upcasters.ledger().toCurrent(OBSERVATION, "two", v2, STORED))
                .isInstanceOf(UnknownRevisionException.class).hasMessageContaining("malformed revision");
    }

    @Test
    void everyRevisionBelowTheCurrent_hasAStepAndAGoldenFile() throws IOException {
        for (EventType type : EventCatalog.all()) {
            for (int revision = 1; revision <= type.currentRevision(); revision++) {
                assertThat(GoldenJsonTest.golden(type.name() + ".v" + revision + ".json")).isNotNull();
            }
        }
    }
}
