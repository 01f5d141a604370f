package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.learningledger.query.intake.DeadLetterPurge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fail closed (DESIGN principle 10): a record that cannot be read or applied, or that follows a gap,
 * stops its aggregate; outsiders see nothing of it, its later events are held, other aggregates go
 * on, health and an admin listing say so, and an admin retries after a fix.
 */
@QueryServiceTest
class FailClosedIT {

    @Autowired
    Infrastructure infra;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DeadLetterPurge purge;

    private final TwoRegions org = new TwoRegions();
    private final String admin = TestTokens.token("admin-" + org.suffix, "admin");
    private ReadModelDatabase db;
    private Api api;

    @BeforeEach
    void organisation() {
        db = new ReadModelDatabase(jdbc);
        api = new Api(port);
        db.awaitConsumed(infra.topic.send(org.organisation()));
    }

    /**
     * The withdrawal fails for a reason of the read model, not of the record: a constraint the test
     * adds stands for a defect in the query side (a Kafka record cannot be changed, so a retry can
     * only help when the fault was ours). Dropping it is the fix; the retry then applies the
     * withdrawal and the event held behind it, in order.
     */
    @Test
    void givenPublishedLearning_whenItsWithdrawalCannotBeApplied_thenHiddenFromRegionAndNation() {
        UUID learning = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        db.awaitConsumed(infra.topic.send(List.of(
                org.event(learning, LearningEvents.drafted(learning, org.teamA, "private title")),
                org.event(learning, LearningEvents.published(learning, org.teamA, org.north, 1, Tier.NATION, "v1")))));
        assertThat(status("/api/learnings/" + learning, org.ann)).isEqualTo(200);
        String constraint = "fail_closed_" + org.suffix.replace("-", "");
        jdbc.sql("ALTER TABLE learning ADD CONSTRAINT " + constraint + " CHECK (id <> '" + learning
                + "'::uuid OR NOT withdrawn)").update();

        List<RecordMetadata> sent = infra.topic.send(List.of(
                org.event(learning, LearningEvents.withdrawn(learning, org.teamA, org.north, Tier.NATION, "why")),
                org.event(learning, LearningEvents.revised(learning, org.teamA, "after", null)),
                org.event(other, LearningEvents.drafted(other, org.teamB, "other")),
                org.event(other, LearningEvents.published(other, org.teamB, org.north, 1, Tier.NATION, "other v1"))));
        db.awaitConsumed(sent);

        for (String outsider : List.of(org.ann, org.sven, org.sara)) {
            assertThat(status("/api/learnings/" + learning, outsider)).as(outsider).isEqualTo(404);
            assertThat(status("/api/learnings/" + learning + "/timeline", outsider)).as(outsider).isEqualTo(404);
            for (String path : List.of("/api/learnings", "/api/landscape", "/api/analytics/spread",
                    "/api/history/events?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z")) {
                assertThat(get(path, outsider).getBody()).as(outsider + " " + path).doesNotContain(learning.toString());
            }
        }
        assertThat(status("/api/learnings/" + other, org.ann)).isEqualTo(200); // other aggregates flow
        assertThat(Api.json(get("/api/learnings/" + learning, org.alice)).path("draft").path("title").asString())
                .isEqualTo("private title"); // the team still sees its own; the revision was not applied
        assertThat(db.deadLetterReason(sent.get(0))).contains(constraint).doesNotContain("private title", "why");
        assertThat(db.deadLetterReason(sent.get(1))).isEqualTo("held: aggregate stopped at sequence 2");

        ResponseEntity<String> health = api.get("/actuator/health/stops", admin);
        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat(health.getBody()).contains("OUT_OF_SERVICE", learning.toString()).doesNotContain("why");
        assertThat(api.anonymous("/actuator/health").getStatusCode().value()).isEqualTo(200);
        assertThat(meters.get("ledger.intake.stopped.aggregates").gauge().value()).isGreaterThanOrEqualTo(1);
        ResponseEntity<String> listed = api.get("/api/admin/dead-letters?aggregateId=" + learning, admin);
        assertThat(Api.json(listed).path("deadLetters")).hasSize(2);
        assertThat(listed.getBody()).contains("LearningWithdrawn", "LearningRevised").doesNotContain("why", "after");
        assertThat(status("/api/admin/dead-letters", org.alice)).isEqualTo(403);

        jdbc.sql("ALTER TABLE learning DROP CONSTRAINT " + constraint).update(); // the fix
        ResponseEntity<String> retried = api.post("/api/admin/dead-letters/retry", admin,
                "{\"aggregateId\":\"" + learning + "\"}");
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(Api.json(retried).get(0).path("resumed").asBoolean()).isTrue();
        assertThat(Api.json(retried).get(0).path("records").asInt()).isEqualTo(2);
        assertThat(Api.json(get("/api/learnings/" + learning, org.alice)).path("draft").path("title").asString())
                .isEqualTo("after");
        assertThat(Api.json(get("/api/learnings/" + learning, org.alice)).path("withdrawn").asBoolean()).isTrue();
        assertThat(status("/api/learnings/" + learning, org.ann)).isEqualTo(404); // withdrawn now
        assertThat(api.get("/api/admin/dead-letters?aggregateId=" + learning, admin).getBody())
                .doesNotContain(learning.toString());
        assertThat(api.get("/actuator/health/stops", admin).getBody()).doesNotContain(learning.toString());
    }

    @Test
    void givenMemberRemovedOfUnknownRevision_whenConsumed_thenTheFormerMemberNoLongerSeesTheTeamsExperiments() {
        UUID experiment = UUID.randomUUID();
        db.awaitConsumed(infra.topic.send(List.of(org.event(experiment,
                new ExperimentProposed(experiment, org.teamA, "q", "p", "pl", "m", null)))));
        assertThat(status("/api/experiments/" + experiment, org.alice)).isEqualTo(200);

        List<RecordMetadata> sent = infra.topic.send(List.of(
                withRevision(org.event(org.teamA, new MemberRemoved(org.teamA, org.alice)), "9"),
                org.event(org.teamA, new MemberAdded(org.teamA, "later-" + org.suffix))));
        db.awaitConsumed(sent);

        assertThat(status("/api/experiments/" + experiment, org.alice)).isEqualTo(404);
        assertThat(status("/api/teams/" + org.teamA + "/experiments", org.alice)).isEqualTo(404);
        assertThat(db.deadLetterReason(sent.get(0))).contains("revision '9'");
        assertThat(db.deadLetterReason(sent.get(1))).isEqualTo("held: aggregate stopped at sequence 2");
        assertThat(status("/api/learnings", org.bob)).isEqualTo(200); // another team goes on

        // The record itself cannot be read by this build: a retry finds it so and keeps the team stopped.
        ResponseEntity<String> retried = api.post("/api/admin/dead-letters/retry", admin,
                "{\"aggregateId\":\"" + org.teamA + "\"}");
        assertThat(Api.json(retried).get(0).path("resumed").asBoolean()).isFalse();
        assertThat(Api.json(retried).get(0).path("reason").asString()).contains("revision '9'");
        assertThat(status("/api/experiments/" + experiment, org.alice)).isEqualTo(404);

        ResponseEntity<String> bad = api.post("/api/admin/dead-letters/retry", admin, "{\"aggregateId\":\"nope\"}");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.json(bad).path("errors").get(0).path("field").asString()).isEqualTo("aggregateId");
        assertThat(api.post("/api/admin/dead-letters/retry", admin, "{\"aggregateId\":\"" + UUID.randomUUID() + "\"}")
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.post("/api/admin/dead-letters/retry", TestTokens.token(org.alice), "{}")
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void givenSequenceGap_whenConsumed_thenTheAggregateStopsAndLaterEventsAreHeld() {
        UUID team = UUID.randomUUID();
        String member = "gap-" + org.suffix;
        List<RecordMetadata> sent = infra.topic.send(List.of(
                Envelopes.record(team, 0, 0, new TeamRegistered(team, org.north, "Gap " + org.suffix, "x")),
                Envelopes.record(team, 2, 1, new MemberAdded(team, member)),
                Envelopes.record(team, 3, 2, new MemberAdded(team, member + "-2"))));
        db.awaitConsumed(sent);

        assertThat(db.deadLetterReason(sent.get(0))).isNull();
        assertThat(db.deadLetterReason(sent.get(1))).isEqualTo(
                "sequence gap in aggregate " + team + ": expected 1, got 2");
        assertThat(db.deadLetterReason(sent.get(2))).isEqualTo("held: aggregate stopped at sequence 2");
        assertThat(jdbc.sql("SELECT count(*) FROM team_member WHERE team_id = :t").param("t", team)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT sequence FROM stopped_aggregate WHERE aggregate_id = :t").param("t", team)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void givenDeadLettersOlderThanTheKeepPeriod_whenPurged_thenTheirPayloadsAreEmptiedKeepingReasonAndPosition() {
        UUID old = UUID.randomUUID();
        UUID young = UUID.randomUUID();
        List<RecordMetadata> sent = infra.topic.send(List.of(
                Envelopes.record(old, 0, 0, new TeamRegistered(old, org.north, "Old " + org.suffix, "x")),
                Envelopes.record(old, 2, 1, new MemberAdded(old, "old-" + org.suffix)),
                Envelopes.record(old, 3, 2, new MemberAdded(old, "old-2-" + org.suffix)),
                Envelopes.record(young, 0, 0, new TeamRegistered(young, org.north, "Young " + org.suffix, "x")),
                Envelopes.record(young, 2, 1, new MemberAdded(young, "young-" + org.suffix))));
        db.awaitConsumed(sent);
        jdbc.sql("UPDATE dead_letter SET received_at = received_at - interval '31 days' WHERE aggregate_id = :a")
                .param("a", old).update();

        assertThat(purge.purge(Instant.now())).isGreaterThanOrEqualTo(2);

        assertThat(db.deadLetterValue(sent.get(1))).isNull();
        assertThat(db.deadLetterValue(sent.get(2))).isNull(); // held behind the stop: purged too
        assertThat(db.deadLetterReason(sent.get(1))).isEqualTo("sequence gap in aggregate " + old + ": expected 1, got 2");
        assertThat(db.deadLetterReason(sent.get(2))).isEqualTo("held: aggregate stopped at sequence 2");
        assertThat(db.deadLetterValue(sent.get(4))).isNotNull();
        assertThat(purge.purge(Instant.now())).as("nothing left to purge").isZero();
        JsonNode listed = Api.json(api.get("/api/admin/dead-letters?aggregateId=" + old, admin)).path("deadLetters");
        assertThat(listed).hasSize(2);
        for (JsonNode entry : listed) {
            assertThat(entry.path("payloadPurgedAt").isNull()).as(entry.toString()).isFalse();
            assertThat(entry.path("type").asString()).isEqualTo("MemberAdded");
            assertThat(entry.path("offset").asLong()).isIn(sent.get(1).offset(), sent.get(2).offset());
            assertThat(entry.path("receivedAt").isNull()).isFalse();
        }
        assertThat(Api.json(api.get("/api/admin/dead-letters?aggregateId=" + young, admin)).path("deadLetters")
                .get(0).path("payloadPurgedAt").isNull()).isTrue();

        ResponseEntity<String> retried = api.post("/api/admin/dead-letters/retry", admin, "{\"aggregateId\":\"" + old + "\"}");
        assertThat(retried.getStatusCode().value()).isEqualTo(409);
        assertThat(retried.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.json(retried).path("detail").asString()).contains("purged", "after 30 days", "event store",
                "rebuil");
        assertThat(Api.json(retried).path("aggregateId").asString()).isEqualTo(old.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM stopped_aggregate WHERE aggregate_id = :a").param("a", old)
                .query(Long.class).single()).as("still stopped").isEqualTo(1);
        assertThat(db.deadLetterReason(sent.get(1))).as("kept").isNotNull();

        JsonNode all = Api.json(api.post("/api/admin/dead-letters/retry", admin, "{}"));
        JsonNode ofOld = null;
        for (JsonNode outcome : all) {
            if (outcome.path("aggregateId").asString().equals(old.toString())) {
                ofOld = outcome;
            }
        }
        assertThat(ofOld).as(all.toString()).isNotNull();
        assertThat(ofOld.path("payloadPurged").asBoolean()).isTrue();
        assertThat(ofOld.path("resumed").asBoolean()).isFalse();
        assertThat(ofOld.path("reason").asString()).contains("purged");
    }

    private static ProducerRecord<String, byte[]> withRevision(ProducerRecord<String, byte[]> record, String revision) {
        ObjectNode envelope = (ObjectNode) LedgerJson.mapper().readTree(record.value());
        envelope.put("revision", revision);
        return new ProducerRecord<>(record.topic(), record.key(), LedgerJson.mapper().writeValueAsBytes(envelope));
    }

    private int status(String path, String user) {
        return get(path, user).getStatusCode().value();
    }

    private ResponseEntity<String> get(String path, String user) {
        return api.get(path, TestTokens.token(user));
    }
}
