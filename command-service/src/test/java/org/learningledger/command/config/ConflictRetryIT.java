package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasureRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two command services share one event store, each with its own aggregate cache. What the other instance
 * appended is simulated by appending straight to the store, past this instance's cache. (A race after the
 * cache was checked is {@link ConflictRetry}'s, see ConflictRetryTest.)
 */
class ConflictRetryIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");

    @Autowired
    EventStore eventStore;

    @Test
    void givenAggregateCachedHereAndChangedByAnotherInstance_whenCommanded_thenDecidedOnTheRecordedState() {
        UUID team = teamWithMembers("jana");
        UUID experiment = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        created(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(experiment)));
        created(post(JANA, "/api/experiments/" + experiment + "/measures", """
                {"measureId":"%s","name":"Visits","unit":"visits","better":"UP","role":"OUTCOME"}""".formatted(measure)));
        String type = jdbc.sql("select type from domain_event_entry where aggregate_identifier = ? limit 1")
                .param(experiment.toString()).query(String.class).single();

        long next = eventStore.lastSequenceNumberFor(experiment.toString()).orElseThrow() + 1;
        UUID definedElsewhere = UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>(type, experiment.toString(), next, new MeasureDefined(
                experiment, team, definedElsewhere, "Calls", "calls", Better.UP, MeasureRole.PROCESS)));

        Response point = post(JANA, "/api/experiments/" + experiment + "/measures/" + definedElsewhere + "/points",
                "{\"pointId\":\"%s\",\"value\":2}".formatted(UUID.randomUUID()));
        assertThat(point.status()).as("the measure defined elsewhere is known: " + point.body()).isEqualTo(201);
        List<Long> sequences = jdbc.sql("select sequence_number from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number").param(experiment.toString()).query(Long.class).list();
        assertThat(sequences).as("the other instance's event kept, this one's appended after it")
                .containsExactly(0L, 1L, 2L, 3L);
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
