package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * The canary's items erased through the erasure API of the contract, by its team and by an administrator on a
 * data-subject request, the steward's endorsement note by that steward, the withdrawal reason by the team; and a
 * full rebuild of the read models from Kafka through the query service's admin API.
 */
final class CanaryErasures {

    private CanaryErasures() {
    }

    static void eraseAll(CanaryApi admin, CanaryApi member, CanaryApi steward, CanaryContent c) {
        String experiment = "/api/experiments/" + c.concluded + "/erasures";
        erased(member.post(experiment, """
                {"item":"OBSERVATION","observationId":"%s","reason":"IDENTIFYING_DETAILS"}""".formatted(c.observation)),
                "experiment/" + c.concluded + "/observation/" + c.observation);
        CanaryApi.Answer twice = member.post(experiment, """
                {"item":"OBSERVATION","observationId":"%s","reason":"IDENTIFYING_DETAILS"}""".formatted(c.observation));
        assertThat(twice.status()).as("erasing twice: " + twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("already-erased");
        erased(member.post(experiment, "{\"item\":\"EXPERIMENT\",\"reason\":\"ENTERED_IN_ERROR\"}"), "experiment/" + c.concluded);
        erased(admin.post("/api/experiments/" + c.abandoned + "/erasures",
                "{\"item\":\"EXPERIMENT\",\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"DSR-2026/canary\"}"),
                "experiment/" + c.abandoned);
        for (int revision = 1; revision <= 2; revision++) {
            erased(member.post("/api/learnings/" + c.learning + "/erasures",
                    "{\"revision\":%d,\"reason\":\"IDENTIFYING_DETAILS\"}".formatted(revision)),
                    "learning/" + c.learning + "/revision/" + revision);
        }
        String learning = "/api/learnings/" + c.learning + "/erasures";
        if (c.endorsed) {
            erased(steward.post(learning,
                    "{\"item\":\"ENDORSEMENT_NOTE\",\"stewardId\":\"pavla\",\"reason\":\"IDENTIFYING_DETAILS\"}"),
                    "learning/" + c.learning + "/endorsement/pavla");
        }
        erased(member.post(learning, "{\"item\":\"WITHDRAWAL_REASON\",\"reason\":\"IDENTIFYING_DETAILS\"}"),
                "learning/" + c.learning + "/withdrawal");
    }

    private static void erased(CanaryApi.Answer answer, String item) {
        answer.require(200);
        JsonNode json = answer.json();
        assertThat(json.path("item").asString()).isEqualTo(item);
        assertThat(json.path("erasedAt").asString()).isNotBlank();
    }

    /** {@code POST /api/admin/rebuilds {"model":"all"}}, then its progress until it is done. */
    static void rebuildAll(CanaryApi admin) {
        CanaryApi.Answer started = admin.postQuery("/api/admin/rebuilds", "{\"model\":\"all\"}").require(202);
        String id = started.json().path("id").asString();
        JsonNode done = await("the rebuild " + id).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.read("/api/admin/rebuilds/" + id).require(200).json(),
                        p -> switch (p.path("state").asString()) {
                            case "DONE", "FAILED", "DIVERGED" -> true;
                            default -> false;
                        });
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("DONE");
    }
}
