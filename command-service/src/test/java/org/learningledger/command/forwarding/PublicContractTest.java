package org.learningledger.command.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.PublicEventType;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.MeasureEvidence;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.learning.ValidationResult;
import tools.jackson.databind.JsonNode;

/**
 * The public CloudEvents are a contract with outside subscribers: each versioned type is pinned by a
 * golden file (kept with the other append-only golden files in shared-events) and its data is valid
 * against the JSON Schema its {@code dataschema} names. The topic is compacted by learning id, so
 * each record is the learning's whole public state, or the bare fact of its withdrawal.
 */
class PublicContractTest {

    static final URI SCHEMAS = URI.create("https://ledger.example.cz/schemas/");
    static final Path GOLDEN = Path.of("../shared-events/src/test/resources/golden/public");
    static final UUID LEARNING = UUID.fromString("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9");
    static final UUID TEAM = UUID.fromString("0b9e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    static final UUID REGION = UUID.fromString("9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a");
    static final UUID EXPERIMENT = UUID.fromString("6a1f0c4e-2b7d-4c1e-9f3a-0d5b8e7c6a21");
    static final Snapshot SNAPSHOT = new Snapshot("Meet each parent alone first", "Joint meetings were calmer",
            "Separate first meetings", "Families in high conflict",
            List.of(new Evidence(EXPERIMENT, "Do separate first meetings help?", "ADAPT", "Calmer, keep them short")),
            null, null);

    private final PublicEvents publicEvents = new PublicEvents(SCHEMAS);

    @Test
    void givenANationalEndorsement_whenMadePublic_thenTheWholeStateMatchesItsGoldenFileAndSchema() throws IOException {
        List<DomainEventMessage<?>> history = List.of(
                message(1, new LearningPublished(LEARNING, TEAM, REGION, 1, Tier.REGION, SNAPSHOT)),
                message(2, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.REGION, "eva", REGION, "Region only")),
                message(3, new LearningPublished(LEARNING, TEAM, REGION, 2, Tier.NATION, SNAPSHOT)),
                message(4, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.NATION, "pavla", REGION, "Worth trying")));
        CloudEvent event = assertContract(PublicEventType.LEARNING_STATE_V1, history.get(3), history);
        assertThat(new String(event.getData().toBytes())).doesNotContain("Region only").doesNotContain("pavla");
    }

    @Test
    void givenANationalPublication_whenMadePublic_thenItIsTheStateWithTheEndorsementsSoFar() {
        DomainEventMessage<?> published = message(1, new LearningPublished(LEARNING, TEAM, REGION, 1, Tier.NATION, SNAPSHOT));
        CloudEvent event = publicEvents.of(published, id -> List.of(published)).orElseThrow();
        assertThat(event.getType()).isEqualTo(PublicEventType.LEARNING_STATE_V1.type());
        assertThat(LedgerJson.mapper().readTree(event.getData().toBytes()).path("endorsements").isEmpty()).isTrue();
    }

    @Test
    void givenANationalWithdrawal_whenMadePublic_thenMatchesItsGoldenFileAndSchemaWithoutTheReason() throws IOException {
        DomainEventMessage<?> withdrawn =
                message(4, new LearningWithdrawn(LEARNING, TEAM, REGION, Tier.NATION, "A mother recognised herself"));
        CloudEvent event = assertContract(PublicEventType.LEARNING_WITHDRAWN_V1, withdrawn, List.of(withdrawn));
        assertThat(new String(event.getData().toBytes())).doesNotContain("mother");
    }

    @Test
    void givenALearningWithdrawnLaterInTheStore_whenItsPublicationIsForwarded_thenNoContentIsSent() {
        DomainEventMessage<?> published = message(1, new LearningPublished(LEARNING, TEAM, REGION, 1, Tier.NATION, SNAPSHOT));
        List<DomainEventMessage<?>> history = List.of(published,
                message(2, new LearningWithdrawn(LEARNING, TEAM, REGION, Tier.NATION, "reason")));
        assertThat(publicEvents.of(published, id -> history)).isEmpty();
    }

    @Test
    void givenRegionOnlyOrPrivateEvents_whenDecided_thenNothingIsPublic() {
        DomainEventMessage<?> regional = message(1, new LearningPublished(LEARNING, TEAM, REGION, 1, Tier.REGION, SNAPSHOT));
        assertThat(publicEvents.of(regional, id -> List.of(regional))).isEmpty();
        assertThat(publicEvents.of(message(2, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.REGION, "eva", REGION,
                "n")), id -> List.of(regional))).isEmpty();
        assertThat(publicEvents.of(message(1, new ExperimentStarted(EXPERIMENT, TEAM, null)), id -> List.of())).isEmpty();
    }

    /** The public contract predates measures: a snapshot carrying them goes out in the v1 shape, without them. */
    @Test
    void givenANationalPublicationWithMeasures_whenMadePublic_thenValidAgainstItsSchemaAndWithoutMeasures()
            throws IOException {
        MeasureEvidence measure = new MeasureEvidence(UUID.randomUUID(), "Meetings ending in a row", "meetings",
                Better.DOWN, MeasureRole.OUTCOME, LocalDate.of(2026, 3, 2), List.of(LocalDate.of(2026, 3, 9)),
                List.of(new MeasureEvidence.Point(UUID.randomUUID(), LocalDate.of(2026, 3, 1), new BigDecimal("2.5"))));
        Evidence evidence = SNAPSHOT.evidence().get(0);
        Snapshot measured = new Snapshot(SNAPSHOT.title(), SNAPSHOT.summary(), SNAPSHOT.practice(), SNAPSHOT.context(),
                List.of(new Evidence(evidence.experimentId(), evidence.question(), evidence.decision(),
                        evidence.summary(), List.of(measure))), null, null);
        DomainEventMessage<?> published = message(1, new LearningPublished(LEARNING, TEAM, REGION, 1, Tier.NATION, measured));
        CloudEvent event = publicEvents.of(published, id -> List.of(published)).orElseThrow();
        JsonNode data = LedgerJson.mapper().readTree(event.getData().toBytes());
        assertThat(schema(PublicEventType.LEARNING_STATE_V1).validate(data)).isEmpty();
        JsonNode golden = LedgerJson.mapper().readTree(Files.readAllBytes(GOLDEN.resolve(
                PublicEventType.LEARNING_STATE_V1.schemaFile()))).path("data");
        assertThat(data.path("snapshot")).isEqualTo(golden.path("snapshot"));
        assertThat(new String(event.getData().toBytes())).doesNotContain("measures").doesNotContain("Meetings ending");
    }

    /** Types no longer emitted keep their schema and golden file, unchanged, for subscribers reading old records. */
    @Test
    void givenTheRetiredV1Types_whenTheirGoldenFilesAreRead_thenTheyAreStillValidAgainstTheirSchemas() throws IOException {
        for (PublicEventType type : List.of(PublicEventType.LEARNING_PUBLISHED_V1, PublicEventType.LEARNING_ENDORSED_V1)) {
            JsonNode golden = LedgerJson.mapper().readTree(Files.readAllBytes(GOLDEN.resolve(type.schemaFile())));
            assertThat(golden.path("type").asString()).isEqualTo(type.type());
            assertThat(schema(type).validate(golden.path("data"))).as(type.schemaFile()).isEmpty();
        }
    }

    private CloudEvent assertContract(PublicEventType type, DomainEventMessage<?> message,
                                      List<DomainEventMessage<?>> history) throws IOException {
        CloudEvent event = publicEvents.of(message, id -> history).orElseThrow();
        assertThat(event.getType()).isEqualTo(type.type());
        assertThat(event.getDataSchema()).isEqualTo(SCHEMAS.resolve(type.schemaFile()));
        byte[] serialized = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE).serialize(event);
        JsonNode written = LedgerJson.mapper().readTree(serialized);
        assertThat(written).isEqualTo(LedgerJson.mapper().readTree(Files.readAllBytes(GOLDEN.resolve(type.schemaFile()))));
        assertThat(schema(type).validate(written.path("data"))).as("data valid against " + type.schemaFile()).isEmpty();
        return event;
    }

    private static Schema schema(PublicEventType type) throws IOException {
        try (InputStream in = PublicEventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static DomainEventMessage<?> message(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Learning", LEARNING.toString(), sequence, payload, Map.of(),
                "7d3e2f10-4c5b-4a69-8e71-0b2c3d4e5f60", Instant.parse("2026-03-20T10:00:00Z"));
    }
}
