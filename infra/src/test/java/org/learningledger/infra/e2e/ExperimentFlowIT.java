package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end, on real processes: command service, PostgreSQL, Kafka, query
 * service. Parts are stopped and killed mid-stream; every acknowledged command must be readable
 * exactly once afterwards.
 */
class ExperimentFlowIT {

    private static LocalStack stack;
    private static LedgerClient client;
    private static UUID team;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack("experiment-flow").startAll();
        client = new LedgerClient(stack, "jana");
        team = new LedgerClient(stack, "admin", "admin").teamWithMembers("jana");
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void givenExperimentProposedOverHttp_whenQueried_thenReadableWithinSeconds() {
        UUID experiment = UUID.randomUUID();
        assertThat(client.propose(team, experiment)).isEqualTo(201);
        assertThat(client.start(experiment)).isEqualTo(200);
        assertThat(client.observe(experiment, "I liked that they asked me first")).isEqualTo(201);
        assertThat(client.conclude(experiment)).isEqualTo(200);

        JsonNode read = await().atMost(Duration.ofSeconds(10)).until(() -> client.experiment(experiment),
                e -> e != null && "CONCLUDED".equals(e.path("status").asString()));
        assertThat(read.path("teamId").asString()).isEqualTo(team.toString());
        assertThat(read.path("decision").asString()).isEqualTo("ADAPT");
        assertThat(read.path("observations")).hasSize(1);
        assertThat(read.path("observations").get(0).path("text").asString())
                .isEqualTo("I liked that they asked me first");
    }

    @Test
    void givenQueryServiceKilledMidStream_whenRestarted_thenNoDuplicateAndNoGap() throws Exception {
        Map<UUID, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread load = steadyLoad(acknowledged, stop, failure);
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 10);
        stack.query().kill();
        ServiceProcess.sleep(1_000);
        stack.startQuery();
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 25);
        stop.set(true);
        load.join();
        assertThat(failure.get()).as("the client saw a refused command").isNull();

        assertEveryAcknowledgedObservationReadOnce(acknowledged);
    }

    @Test
    void givenKafkaStoppedDuringCommands_whenBackAgain_thenEveryEventArrives() throws Exception {
        Map<UUID, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread load = steadyLoad(acknowledged, stop, failure);
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 5);
        stack.kafka().stop();
        int atStop = acknowledged.size();
        // the event store is the record: commands keep being accepted while Kafka is away
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= atStop + 10);
        stack.startKafka();
        stop.set(true);
        load.join();
        assertThat(failure.get()).as("the client saw a refused command").isNull();

        assertEveryAcknowledgedObservationReadOnce(acknowledged);
    }

    /** One client proposing, starting and observing experiments one after another, as fast as it can. */
    private static Thread steadyLoad(Map<UUID, Integer> acknowledged, AtomicBoolean stop,
                                     AtomicReference<Throwable> failure) {
        Thread thread = new Thread(() -> {
            while (!stop.get()) {
                UUID experiment = UUID.randomUUID();
                if (client.propose(team, experiment) != 201 || client.start(experiment) != 200) {
                    throw new AssertionError("command refused while only Kafka or the query side was down");
                }
                int observed = 0;
                for (int i = 0; i < 3; i++) {
                    if (client.observe(experiment, "note " + i) == 201) {
                        observed++;
                    }
                }
                acknowledged.put(experiment, observed);
            }
        }, "steady-load");
        thread.setUncaughtExceptionHandler((t, e) -> {
            failure.set(e);
            stop.set(true);
        });
        thread.start();
        return thread;
    }

    private static void assertEveryAcknowledgedObservationReadOnce(Map<UUID, Integer> acknowledged) {
        List<UUID> missing = new ArrayList<>(acknowledged.keySet());
        // Axon retries a failed forwarder batch with a back-off that grows to 60 s, so allow for it
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            missing.removeIf(id -> {
                JsonNode read = client.experiment(id);
                return read != null && read.path("observations").size() >= acknowledged.get(id);
            });
            assertThat(missing).as("experiments not yet fully visible").isEmpty();
        });
        for (Map.Entry<UUID, Integer> entry : acknowledged.entrySet()) {
            JsonNode read = client.experiment(entry.getKey());
            assertThat(read.path("status").asString()).isEqualTo("STARTED");
            assertThat(read.path("observations")).as("observations of " + entry.getKey()).hasSize(entry.getValue());
        }
    }
}
