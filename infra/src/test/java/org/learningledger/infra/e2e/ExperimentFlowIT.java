package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end, on real processes: command service, PostgreSQL, Kafka, query
 * service. What happens when parts are stopped or killed mid-stream is {@link FaultsIT}'s job.
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
}
