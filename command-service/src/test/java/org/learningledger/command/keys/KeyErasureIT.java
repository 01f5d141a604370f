package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestKeys;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ErasedContentException;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An erasure event and its key deletion commit together or not at all; an erased item reads as erased
 * everywhere (the internal endpoint, the aggregate's history) and takes no new key; rotation rewraps.
 */
@Import(KeyErasureIT.Erasing.class)
class KeyErasureIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");

    @Autowired
    DataKeys keys;

    @Autowired
    KeyTable table;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("experimentCache")
    Cache experiments;

    /** Appends an ObservationErased as a command would (the erasure commands are not this test's subject). */
    record EraseObservation(UUID experimentId, UUID observationId, boolean failAfterAppend) {
    }

    /** The handler of {@link EraseObservation}, for this test's context only. */
    static class Erasing {
        static final AtomicReference<String> SEEN_INSIDE = new AtomicReference<>();

        private final EventStore events;
        private final JdbcClient jdbc;

        Erasing(EventStore events, JdbcClient jdbc) {
            this.events = events;
            this.jdbc = jdbc;
        }

        @CommandHandler
        void handle(EraseObservation c) {
            String aggregate = c.experimentId().toString();
            long next = events.lastSequenceNumberFor(aggregate).orElse(-1L) + 1;
            events.publish(new GenericDomainEventMessage<>("Experiment", aggregate, next,
                    new ObservationErased(c.experimentId(), UUID.randomUUID(), c.observationId(),
                            new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
                                    "case-7"))));
            if (c.failAfterAppend()) {
                // runs after the append and the subscribing key eraser, before the commit
                CurrentUnitOfWork.get().onPrepareCommit(u -> {
                    SEEN_INSIDE.set(String.valueOf(jdbc.sql("select erased_at from data_key where item = ?")
                            .param(ContentItem.observation(c.experimentId(), c.observationId()).key())
                            .query(Object.class).single()));
                    throw new IllegalStateException("a later step of the command failed");
                });
            }
        }
    }

    @Test
    void givenACommandThatFailsAfterItsErasureWasAppended_whenRolledBack_thenTheKeyAndTheEventsAreAsBefore() {
        UUID experiment = experimentWithObservation();
        UUID observation = observationOf(experiment);
        ContentItem item = ContentItem.observation(experiment, observation);
        long stored = storedEvents();
        byte[] key = keys.forOpening(item).orElseThrow().getEncoded();

        assertThatThrownBy(() -> commands.sendAndWait(new EraseObservation(experiment, observation, true)))
                .hasMessageContaining("a later step of the command failed");

        assertThat(Erasing.SEEN_INSIDE.get()).as("the key was erased inside the transaction").isNotEqualTo("null");
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(keys.erasedAt(item)).isEmpty();
        assertThat(keys.forOpening(item).orElseThrow().getEncoded()).isEqualTo(key);

        commands.sendAndWait(new EraseObservation(experiment, observation, false));

        Instant erasedAt = keys.erasedAt(item).orElseThrow();
        assertThat(keys.forOpening(item)).isEmpty();
        assertThat(table.find(item).orElseThrow().wrapped()).isNull();
        DomainEventMessage<?> erasure = events.readEvents(experiment.toString()).asStream()
                .filter(e -> e.getPayload() instanceof ObservationErased).findFirst().orElseThrow();
        assertThat(erasedAt).as("the event's time, as stored").isEqualTo(erasure.getTimestamp());
        ObservationRecorded history = events.readEvents(experiment.toString()).asStream()
                .map(DomainEventMessage::getPayload).filter(ObservationRecorded.class::isInstance)
                .map(ObservationRecorded.class::cast).findFirst().orElseThrow();
        assertThat(history.text()).as("read back from the store after erasure").isNull();
        assertThatThrownBy(() -> keys.forSealing(item)).isInstanceOf(ErasedContentException.class);
    }

    @Test
    void givenAnErasedExperiment_whenItsItemsAreLookedUp_thenItAndEveryObservationAreErasedAndTakeNoNewKey() {
        UUID experiment = experimentWithObservation();
        ContentItem recorded = ContentItem.observation(experiment, observationOf(experiment));
        ContentItem later = ContentItem.observation(experiment, UUID.randomUUID());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        transactions.executeWithoutResult(s -> keys.erase(ContentItem.experiment(experiment), at));

        KeyLookup lookup = keys.lookup(List.of(ContentItem.experiment(experiment), recorded, later));
        assertThat(lookup.keys()).isEmpty();
        assertThat(lookup.unknown()).isEmpty();
        assertThat(lookup.erased()).containsOnlyKeys(ContentItem.experiment(experiment), recorded, later)
                .allSatisfy((item, when) -> assertThat(when).isEqualTo(at));
        assertThatThrownBy(() -> keys.forSealing(later)).isInstanceOf(ErasedContentException.class);
        assertThat(keys.exists(later)).isFalse();

        Response answer = send(TestKeys.INTERNAL_SECRET, "POST", "/internal/keys",
                "{\"items\":[\"" + recorded.key() + "\"]}");
        assertThat(answer.json().path("erased").path(recorded.key()).asString()).isEqualTo(at.toString());
    }

    @Test
    void givenAKeyWrappedUnderAnOlderKek_whenRewrapped_thenItIsUnderTheCurrentVersionAndOpensTheSame() {
        ContentItem item = ContentItem.experiment(UUID.randomUUID());
        javax.crypto.SecretKey dataKey = Aead.newKey();
        table.insertIfAbsent(item, KekRing.fromSetting("v1", TestKeys.KEK_V1).wrap(item, dataKey), Instant.now());
        assertThat(send(ADMIN, "GET", "/api/admin/keys", null).json().path("keysByVersion").path("1").asLong())
                .isPositive();
        assertThat(send(JANA, "GET", "/api/admin/keys", null).status()).isEqualTo(403);

        Response rewrap = send(ADMIN, "POST", "/api/admin/keys/rewrap", null);

        assertThat(rewrap.status()).isEqualTo(200);
        assertThat(rewrap.json().path("currentVersion").asInt()).isEqualTo(2);
        assertThat(rewrap.json().path("rewrapped").asLong()).isPositive();
        assertThat(rewrap.json().path("keysByVersion").has("1")).isFalse();
        assertThat(table.find(item).orElseThrow().kekVersion()).isEqualTo(2);
        assertThat(keys.forOpening(item).map(k -> k.getEncoded())).contains(dataKey.getEncoded());
        assertThat(send(ADMIN, "GET", "/api/admin/keys", null).json().path("missingVersions")).isEmpty();
    }

    private UUID experimentWithObservation() {
        UUID team = teamWithMembers("jana");
        UUID experiment = UUID.randomUUID();
        require(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(experiment)));
        require(post(JANA, "/api/experiments/" + experiment + "/start", null));
        require(post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"FAMILY_VOICE","text":"we were heard"}""".formatted(UUID.randomUUID())));
        experiments.removeAll();
        return experiment;
    }

    private UUID observationOf(UUID experiment) {
        return events.readEvents(experiment.toString()).asStream().map(DomainEventMessage::getPayload)
                .filter(ObservationRecorded.class::isInstance).map(p -> ((ObservationRecorded) p).observationId())
                .findFirst().orElseThrow();
    }

    private static void require(Response response) {
        assertThat(response.status()).as(response.body()).isLessThan(300);
    }

}
