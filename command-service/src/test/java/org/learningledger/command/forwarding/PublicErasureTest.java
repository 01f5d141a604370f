package org.learningledger.command.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.PublicEventType;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;
import tools.jackson.databind.JsonNode;

/**
 * After an erasure the latest public record of a learning holds none of the erased content: the
 * current state without the erased versions, nothing more once it was withdrawn, nothing when nothing
 * national was erased; and a forwarder that replays never sends an erased version again.
 */
class PublicErasureTest {

    static final UUID LEARNING = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final Erasure BY_TEAM = new Erasure("jana", ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);

    private final PublicEvents publicEvents = new PublicEvents(URI.create("https://ledger.example.cz/schemas/"));

    @Test
    void givenAnEarlierNationalVersionErased_whenForwarded_thenTheCurrentStateAgainWithoutIt() {
        List<DomainEventMessage<?>> history = List.of(
                message(0, published(1, Tier.NATION, "ERASED-TITLE")),
                message(1, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.NATION, "pavla", REGION, "Worth it")),
                message(2, published(2, Tier.NATION, "CURRENT-TITLE")),
                message(3, erased(1, List.of(1), Tier.NATION)));
        CloudEvent event = publicEvents.of(history.get(3), id -> history).orElseThrow();
        assertThat(event.getType()).isEqualTo(PublicEventType.LEARNING_STATE_V1.type());
        JsonNode data = LedgerJson.mapper().readTree(event.getData().toBytes());
        assertThat(data.path("version").asInt()).isEqualTo(2);
        assertThat(data.path("snapshot").path("title").asString()).isEqualTo("CURRENT-TITLE");
        assertThat(data.path("endorsements")).hasSize(1);
        assertThat(new String(event.getData().toBytes())).doesNotContain("ERASED-TITLE");
    }

    @Test
    void givenTheCurrentPublicationErasedAfterItsWithdrawal_whenForwarded_thenNothingMoreThanTheWithdrawal() {
        List<DomainEventMessage<?>> history = List.of(
                message(0, published(1, Tier.NATION, "ERASED-TITLE")),
                message(1, new LearningWithdrawn(LEARNING, TEAM, REGION, Tier.NATION, null)),
                message(2, erased(1, List.of(1), Tier.NATION)));
        CloudEvent withdrawal = publicEvents.of(history.get(1), id -> history).orElseThrow();
        assertThat(withdrawal.getType()).isEqualTo(PublicEventType.LEARNING_WITHDRAWN_V1.type());
        assertThat(publicEvents.of(history.get(2), id -> history)).isEmpty();
    }

    @Test
    void givenOnlyRegionalVersionsOrNoneErased_whenForwarded_thenNothing() {
        List<DomainEventMessage<?>> history = List.of(
                message(0, published(1, Tier.REGION, "REGION-TITLE")),
                message(1, published(2, Tier.NATION, "CURRENT-TITLE")),
                message(2, erased(1, List.of(1), Tier.REGION)),
                message(3, erased(3, List.of(), null)));
        assertThat(publicEvents.of(history.get(2), id -> history)).isEmpty();
        assertThat(publicEvents.of(history.get(3), id -> history)).isEmpty();
    }

    @Test
    void givenAVersionErasedLaterInTheStore_whenItsPublicationOrAnEndorsementIsReplayed_thenItIsNeverSent() {
        List<DomainEventMessage<?>> history = List.of(
                message(0, published(1, Tier.NATION, "ERASED-TITLE")),
                message(1, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.NATION, "pavla", REGION, "n")),
                message(2, published(2, Tier.NATION, "CURRENT-TITLE")),
                message(3, erased(1, List.of(1), Tier.NATION)));
        assertThat(publicEvents.of(history.get(0), id -> history)).isEmpty();
        assertThat(publicEvents.of(history.get(1), id -> history)).isEmpty();
        CloudEvent current = publicEvents.of(history.get(2), id -> history).orElseThrow();
        assertThat(new String(current.getData().toBytes())).contains("CURRENT-TITLE").doesNotContain("ERASED-TITLE");
    }

    @Test
    void givenANationalEndorsementNoteErased_whenForwardedOrReplayed_thenTheStateWithoutTheNote() {
        LearningNoteErased noteErased = new LearningNoteErased(LEARNING, TEAM, NoteKind.ENDORSEMENT_NOTE, "pavla",
                REGION, Tier.NATION, BY_TEAM);
        List<DomainEventMessage<?>> history = List.of(
                message(0, published(1, Tier.NATION, "TITLE")),
                message(1, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.NATION, "pavla", REGION, "ERASED-NOTE")),
                message(2, noteErased));
        CloudEvent state = publicEvents.of(history.get(2), id -> history).orElseThrow();
        JsonNode data = LedgerJson.mapper().readTree(state.getData().toBytes());
        assertThat(data.path("endorsements")).hasSize(1);
        assertThat(data.path("endorsements").get(0).get("note").isNull()).isTrue();
        CloudEvent replayed = publicEvents.of(history.get(1), id -> history).orElseThrow();
        assertThat(new String(replayed.getData().toBytes())).doesNotContain("ERASED-NOTE");
        assertThat(publicEvents.of(message(3, new LearningNoteErased(LEARNING, TEAM, NoteKind.WITHDRAWAL_REASON, null,
                REGION, Tier.NATION, BY_TEAM)), id -> history)).isEmpty();
    }

    private static LearningPublished published(int version, Tier tier, String title) {
        return new LearningPublished(LEARNING, TEAM, REGION, version, tier,
                new Snapshot(title, "s", "p", null, List.of(), null, null));
    }

    private static LearningRevisionErased erased(int revision, List<Integer> versions, Tier tier) {
        return new LearningRevisionErased(LEARNING, TEAM, revision, versions, tier == null ? null : REGION, tier,
                BY_TEAM);
    }

    private static DomainEventMessage<?> message(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Learning", LEARNING.toString(), sequence, payload, Map.of(),
                UUID.randomUUID().toString(), Instant.parse("2026-03-20T10:00:00Z").plusSeconds(sequence));
    }
}
