package org.learningledger.query;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.learningledger.query.Api.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.learningledger.events.Topics;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A topic that still holds what the previous release wrote (revision-1 envelopes, observations
 * without {@code observedOn}) beside current revision-2 events: both read into the same read
 * models, and a rebuild from that topic agrees with them.
 */
@QueryServiceTest
class OldTopicIT {

    /** 23:30 UTC on 1 March is 2 March in Prague, the ledger's calendar. */
    private static final Instant LATE = Instant.parse("2026-03-01T23:30:00Z");

    @Autowired
    Infrastructure infra;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givenRevision1EnvelopesBesideRevision2Ones_whenProjectedAndRebuilt_thenSameReadModelsWithTheStoredDay() {
        TwoRegions org = new TwoRegions();
        UUID old = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        List<UUID> oldObservations = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<UUID> freshObservations = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.addAll(previousRelease(org.teamA, old, oldObservations));
        events.addAll(current(org.teamA, fresh, freshObservations));
        new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.sendAll(events));

        Api api = new Api(port);
        String alice = TestTokens.token(org.alice);
        String oldBody = api.get("/api/experiments/" + old, alice).getBody();
        String freshBody = api.get("/api/experiments/" + fresh, alice).getBody();
        JsonNode observations = json(oldBody).get("observations");
        assertThat(observations).hasSize(2);
        assertThat(observations.get(0).get("observedOn").asString()).isEqualTo("2026-03-01");
        assertThat(observations.get(1).get("observedOn").asString()).isEqualTo("2026-03-02");
        assertThat(observations.get(0).get("value").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(json(oldBody).get("status").asString()).isEqualTo("CONCLUDED");
        String oldAsFresh = oldBody.replace(old.toString(), fresh.toString())
                .replace(oldObservations.get(0).toString(), freshObservations.get(0).toString())
                .replace(oldObservations.get(1).toString(), freshObservations.get(1).toString());
        assertThat(oldAsFresh).isEqualTo(freshBody);
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter").query(Long.class).single()).isZero();

        String admin = TestTokens.token("root", "admin");
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new SimpleClientHttpRequestFactory()).build();
        String location = client.post().uri("/api/admin/rebuilds").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(admin)).body("{\"model\":\"all\"}").retrieve().toBodilessEntity()
                .getHeaders().getLocation().toString();
        AtomicReference<JsonNode> status = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            status.set(json(api.get(location, admin)));
            return !List.of("RUNNING", "SWITCHING").contains(status.get().get("state").asString());
        });
        JsonNode done = status.get();
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("checksumsEqual").asBoolean()).isTrue();
        assertThat(done.get("rebuiltChecksum").asString()).isEqualTo(done.get("liveChecksum").asString());
        assertThat(api.get("/api/experiments/" + old, alice).getBody()).isEqualTo(oldBody);
        assertThat(api.get("/api/experiments/" + fresh, alice).getBody()).isEqualTo(freshBody);
    }

    /** An experiment's events as the previous release put them on the topic: JSON text, revision "1". */
    private static List<ProducerRecord<String, byte[]>> previousRelease(UUID team, UUID experiment, List<UUID> observed) {
        return List.of(
                v1(experiment, 0, Envelopes.at(0), "ExperimentProposed", """
                        {"experimentId":"%s","teamId":"%s","question":"Do family meetings reduce conflict?",
                         "prediction":"fewer escalations","plan":"weekly meetings","measures":"escalations per month",
                         "basedOn":null}""".formatted(experiment, team)),
                v1(experiment, 1, Envelopes.at(1), "ExperimentStarted",
                        "{\"experimentId\":\"%s\",\"teamId\":\"%s\"}".formatted(experiment, team)),
                v1(experiment, 2, Envelopes.at(2), "ObservationRecorded", """
                        {"experimentId":"%s","teamId":"%s","observationId":"%s","kind":"MEASURE",
                         "text":"escalations","value":3.5}""".formatted(experiment, team, observed.get(0))),
                v1(experiment, 3, LATE, "ObservationRecorded", """
                        {"experimentId":"%s","teamId":"%s","observationId":"%s","kind":"CHILD_VOICE",
                         "text":"It is calmer at home","value":null}""".formatted(experiment, team, observed.get(1))),
                v1(experiment, 4, LATE.plusSeconds(60), "ExperimentConcluded", """
                        {"experimentId":"%s","teamId":"%s","decision":"ADOPT","summary":"Fewer escalations"}"""
                        .formatted(experiment, team)));
    }

    /** The same experiment written today: revision 2, each observation dated the day it was stored. */
    private static List<ProducerRecord<String, byte[]>> current(UUID team, UUID experiment, List<UUID> observed) {
        long late = Duration.between(Envelopes.T0, LATE).toMinutes();
        return List.of(
                Envelopes.record(experiment, 0, 0, new ExperimentProposed(experiment, team,
                        "Do family meetings reduce conflict?", "fewer escalations", "weekly meetings",
                        "escalations per month", null)),
                Envelopes.record(experiment, 1, 1, new ExperimentStarted(experiment, team, null)),
                Envelopes.record(experiment, 2, 2, new ObservationRecorded(experiment, team, observed.get(0),
                        ObservationKind.MEASURE, "escalations", new BigDecimal("3.5"), LocalDate.of(2026, 3, 1))),
                Envelopes.record(experiment, 3, late, new ObservationRecorded(experiment, team, observed.get(1),
                        ObservationKind.CHILD_VOICE, "It is calmer at home", null, LocalDate.of(2026, 3, 2))),
                Envelopes.record(experiment, 4, late + 1, new ExperimentConcluded(experiment, team, Decision.ADOPT,
                        "Fewer escalations")));
    }

    private static ProducerRecord<String, byte[]> v1(UUID aggregate, long sequence, Instant at, String type,
            String payload) {
        String envelope = """
                {"eventId":"%s","type":"%s","revision":"1","aggregateType":"Experiment","aggregateId":"%s",
                 "sequence":%d,"globalIndex":%d,"occurredAt":"%s","payload":%s}"""
                .formatted(UUID.randomUUID(), type, aggregate, sequence, sequence, at, payload);
        return new ProducerRecord<>(Topics.EVENTS, aggregate.toString(), envelope.getBytes(UTF_8));
    }
}
