package org.learningledger.command.casereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;

/**
 * A short after-action review over HTTP, against real PostgreSQL and Kafka: opened by a reviewer, written
 * by its participants, published on a second reviewer's approval, withdrawn; a challenge citing its
 * finding raised, answered and its outcome reviewed; both erased. Texts are ciphertext in the event store and
 * erasure shreds the key.
 */
class CaseReviewApiIT extends CommandServiceIT {

    @Test
    void givenAnAfterActionReview_whenWalkedThrough_thenEveryStepAnswersAsAgreed() {
        String jana = "jana-" + UUID.randomUUID();
        String petr = "petr-" + UUID.randomUUID();
        String iva = "iva-" + UUID.randomUUID();
        String ota = "ota-" + UUID.randomUUID();
        UUID team = teamWithMembers(jana);
        UUID region = jdbc.sql("select region_id from directory_team where team_id = ?").param(team).query(UUID.class)
                .single();
        for (String reviewer : new String[] {iva, ota}) {
            assertThat(post(ADMIN, "/api/regions/" + region + "/reviewers", "{\"userId\":\"%s\"}".formatted(reviewer))
                    .status()).isEqualTo(201);
        }
        assertThat(post(ADMIN, "/api/regions/" + region + "/stewards", "{\"userId\":\"%s\"}".formatted(petr)).status())
                .isEqualTo(201);
        UUID review = UUID.randomUUID();
        String base = "/api/case-reviews/" + review;
        String canary = "canary" + UUID.randomUUID().toString().substring(0, 8);

        Response opened = post(TestTokens.token(iva), "/api/regions/" + region + "/case-reviews",
                "{\"caseReviewId\":\"%s\",\"kind\":\"AFTER_ACTION_REVIEW\",\"title\":\"Víkendové žádosti %s\"}"
                        .formatted(review, canary));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Response beforeJoining = post(TestTokens.token(jana), base + "/episodes", episode(UUID.randomUUID()));
        assertThat(beforeJoining.status()).isEqualTo(404);
        assertThat(post(TestTokens.token(iva), base + "/participants",
                "{\"userId\":\"%s\",\"role\":\"CASE_GROUP\"}".formatted(jana)).status()).isEqualTo(201);
        Response unknownUser = post(TestTokens.token(iva), base + "/participants",
                "{\"userId\":\"nobody-%s\",\"role\":\"CASE_GROUP\"}".formatted(UUID.randomUUID()));
        assertThat(unknownUser.status()).isEqualTo(400);
        assertThat(unknownUser.json().get("errors").get(0).get("field").asString()).isEqualTo("userId");

        UUID episode = UUID.randomUUID();
        assertThat(post(TestTokens.token(jana), base + "/episodes", episode(episode)).status()).isEqualTo(201);
        UUID finding = UUID.randomUUID();
        Response noFactor = post(TestTokens.token(jana), base + "/findings", finding(finding, "[]"));
        assertThat(noFactor.status()).isEqualTo(400);
        assertThat(noFactor.json().get("errors").get(0).get("rule").asString()).isEqualTo("at-least-one");
        assertThat(noFactor.json().get("errors").get(0).get("field").asString()).isEqualTo("factors");
        assertThat(post(TestTokens.token(jana), base + "/findings", finding(finding, "[\"ORGANISATION\",\"TASK\"]"))
                .status()).isEqualTo(201);
        Response named = post(TestTokens.token(iva), base + "/issues",
                "{\"issueId\":\"%s\",\"question\":\"Proč paní Nováková nezvedla telefon?\"}".formatted(UUID.randomUUID()));
        assertThat(named.status()).isEqualTo(422);
        assertThat(named.json().get("findings").get(0).get("field").asString()).isEqualTo("question");
        assertThat(post(TestTokens.token(iva), base + "/issues", "{\"issueId\":\"%s\",\"question\":\"Jak vedení ví, že je rozpis pokrytý?\"}"
                .formatted(UUID.randomUUID())).status()).isEqualTo(201);
        Response elsewhere = post(TestTokens.token(jana), base + "/addenda",
                "{\"addendumId\":\"%s\",\"refersTo\":\"%s\",\"text\":\"Oprava\"}".formatted(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(post(TestTokens.token(jana), base + "/addenda", "{\"addendumId\":\"%s\",\"refersTo\":\"%s\",\"text\":\"Některé pátky pokryté byly.\"}"
                .formatted(UUID.randomUUID(), finding)).status()).isEqualTo(201);

        Response proposed = post(TestTokens.token(iva), base + "/publications", "{\"tier\":\"REGION\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("version").asInt()).isEqualTo(1);
        Response own = post(TestTokens.token(iva), base + "/publications/1/approvals", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("rule").asString()).isEqualTo("second-reviewer-needed");
        assertThat(post(TestTokens.token(ota), base + "/publications/1/approvals", null).status()).isEqualTo(200);
        long stored = storedEvents();
        assertThat(post(TestTokens.token(ota), base + "/publications/1/approvals", null).status()).isEqualTo(200);
        assertThat(storedEvents()).as("approving twice is harmless").isEqualTo(stored);

        UUID experiment = UUID.randomUUID();
        assertThat(post(TestTokens.token(jana), "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(experiment))
                .status()).isEqualTo(201);
        assertThat(post(TestTokens.token(jana), base + "/findings/" + finding + "/experiments",
                "{\"experimentId\":\"%s\"}".formatted(experiment)).status()).isEqualTo(201);

        challenge(team, petr, jana, finding);

        assertThat(send(TestTokens.token(iva), "DELETE", base + "/participants/" + jana, null).status()).isEqualTo(200);
        Response removed = post(TestTokens.token(jana), base + "/episodes", episode(UUID.randomUUID()));
        assertThat(removed.status()).as("a removed participant is a stranger").isEqualTo(404);
        assertThat(removed.body()).isEqualTo(beforeJoining.body());
        assertThat(post(TestTokens.token(ota), base + "/withdrawal", "{\"reason\":\"Vedení chce celou revizi.\"}")
                .status()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(review.toString()).query(Long.class).single()).as("opened, joined, episode, finding, issue, "
                + "addendum, proposed, published, linked, removed, withdrawn").isEqualTo(11);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and position(convert_to(?, 'UTF8') in payload) > 0")
                .params(review.toString(), canary).query(Long.class).single()).as("the title is ciphertext").isZero();
        assertThat(jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type = 'CaseReviewPublished'").param(review.toString()).query(String.class).single())
                .contains("\"sealed\":\"case-review/" + review + "\"").doesNotContain("pátky").doesNotContain("rozpis");

        Response erased = post(TestTokens.token(ota), base + "/erasure", "{\"reason\":\"IDENTIFYING_DETAILS\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(jdbc.sql("select wrapped is null and erased_at is not null from data_key where item = ?")
                .param("case-review/" + review).query(Boolean.class).single()).as("the key is shredded").isTrue();
        Response afterwards = post(TestTokens.token(iva), base + "/findings", finding(UUID.randomUUID(), "[\"TASK\"]"));
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("rule").asString()).isEqualTo("erased");
    }

    /** The challenge is raised (citing the published finding), answered under review then kept, reviewed, erased. */
    private void challenge(UUID team, String steward, String member, UUID finding) {
        UUID challenge = UUID.randomUUID();
        String raise = "{\"challengeId\":\"%s\",\"tier\":\"REGION\",\"target\":\"Posouzení do 30 dnů\","
                + "\"perverseEffect\":\"Případy se zavírají předčasně.\",\"evidence\":[\"%s\"]}";
        Response foreign = post(TestTokens.token(member), "/api/teams/" + team + "/challenges",
                raise.formatted(challenge, UUID.randomUUID()));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("evidence[0]");
        assertThat(post(TestTokens.token(steward), "/api/teams/" + team + "/challenges", raise.formatted(challenge, finding))
                .status()).as("a steward is no member of the team").isEqualTo(403);
        Response raised = post(TestTokens.token(member), "/api/teams/" + team + "/challenges",
                raise.formatted(challenge, finding));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);

        String path = "/api/challenges/" + challenge;
        Response early = post(TestTokens.token(steward), path + "/outcome-reviews", "{\"outcome\":\"Pomohlo to.\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("not-answered");
        String answer = "{\"answer\":\"%s\",\"rationale\":\"Prověříme.\",\"outcomeReviewOn\":\"%s\"}";
        String later = java.time.LocalDate.now().plusMonths(3).toString();
        assertThat(post(TestTokens.token(member), path + "/answers", answer.formatted("KEPT", later)).status())
                .isEqualTo(403);
        assertThat(post(TestTokens.token(steward), path + "/answers", answer.formatted("UNDER_REVIEW", later)).status())
                .isEqualTo(201);
        assertThat(post(TestTokens.token(steward), path + "/answers", answer.formatted("KEPT", later)).status())
                .isEqualTo(201);
        Response twice = post(TestTokens.token(steward), path + "/answers", answer.formatted("REVISED", later));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asString()).isEqualTo("already-answered");
        assertThat(post(TestTokens.token(steward), path + "/outcome-reviews", "{\"outcome\":\"Lhůta zůstala.\"}")
                .status()).isEqualTo(201);
        Response erased = post(TestTokens.token(member), path + "/erasure", "{\"reason\":\"ENTERED_IN_ERROR\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("item").asString()).isEqualTo("challenge/" + challenge);
    }

    /**
     * A finding cites a learning published to its region (once: again changes nothing, a draft is refused), and once
     * the review is published a team of the region builds an experiment on the finding; a team elsewhere may not.
     */
    @Test
    void givenAFindingCitingALearning_whenPublished_thenATeamOfTheRegionBuildsOnIt_andNoTeamElsewhere() {
        String jana = "jana-" + UUID.randomUUID();
        String far = "far-" + UUID.randomUUID();
        String iva = "iva-" + UUID.randomUUID();
        String ota = "ota-" + UUID.randomUUID();
        UUID team = teamWithMembers(jana);
        UUID farTeam = teamWithMembers(far);
        UUID region = jdbc.sql("select region_id from directory_team where team_id = ?").param(team).query(UUID.class)
                .single();
        for (String reviewer : new String[] {iva, ota}) {
            assertThat(post(ADMIN, "/api/regions/" + region + "/reviewers", "{\"userId\":\"%s\"}".formatted(reviewer))
                    .status()).isEqualTo(201);
        }
        UUID review = UUID.randomUUID();
        String base = "/api/case-reviews/" + review;
        assertThat(post(TestTokens.token(iva), "/api/regions/" + region + "/case-reviews",
                "{\"caseReviewId\":\"%s\",\"kind\":\"ROUND_TABLE\",\"title\":\"Pátky\"}".formatted(review)).status())
                .isEqualTo(201);
        UUID finding = UUID.randomUUID();
        assertThat(post(TestTokens.token(iva), base + "/findings", finding(finding, "[\"ORGANISATION\"]")).status())
                .isEqualTo(201);
        UUID published = learning(jana, team, "REGION");
        UUID draft = learning(jana, team, null);

        String cites = base + "/findings/" + finding + "/learnings";
        Response cited = post(TestTokens.token(iva), cites, "{\"learningId\":\"%s\"}".formatted(published));
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        assertThat(cited.json().get("changed").asBoolean()).isTrue();
        long stored = storedEvents();
        Response again = post(TestTokens.token(iva), cites, "{\"learningId\":\"%s\"}".formatted(published));
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        assertThat(storedEvents()).as("citing again appends nothing").isEqualTo(stored);
        Response unpublished = post(TestTokens.token(iva), cites, "{\"learningId\":\"%s\"}".formatted(draft));
        assertThat(unpublished.status()).isEqualTo(400);
        assertThat(unpublished.json().get("errors").get(0).get("field").asString()).isEqualTo("learningId");
        assertThat(unpublished.json().get("errors").get(0).get("rule").asString()).isEqualTo("visible-learning");
        assertThat(post(TestTokens.token(jana), cites, "{\"learningId\":\"%s\"}".formatted(published)).status())
                .as("no participant: the review is not there").isEqualTo(404);
        assertThat(storedEvents()).as("refusals append nothing").isEqualTo(stored);

        String based = """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m","basedOn":"%s"}""";
        Response early = post(TestTokens.token(jana), "/api/teams/" + team + "/experiments",
                based.formatted(UUID.randomUUID(), finding));
        assertThat(early.status()).as("an unpublished finding is no one's to build on").isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("basedOn");
        assertThat(post(TestTokens.token(iva), base + "/publications", "{\"tier\":\"REGION\"}").status())
                .isEqualTo(201);
        assertThat(post(TestTokens.token(ota), base + "/publications/1/approvals", null).status()).isEqualTo(200);
        assertThat(post(TestTokens.token(jana), "/api/teams/" + team + "/experiments",
                based.formatted(UUID.randomUUID(), finding)).status()).isEqualTo(201);
        Response elsewhere = post(TestTokens.token(far), "/api/teams/" + farTeam + "/experiments",
                based.formatted(UUID.randomUUID(), finding));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.json().get("errors").get(0).get("rule").asString()).isEqualTo("visible-learning");
    }

    /** A learning of the team drafted, and published at the tier unless it is null. */
    private UUID learning(String member, UUID team, String tier) {
        UUID learning = UUID.randomUUID();
        assertThat(post(TestTokens.token(member), "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Nejdřív naslouchat","summary":"s","practice":"p"}""".formatted(learning))
                .status()).isEqualTo(201);
        if (tier != null) {
            assertThat(post(TestTokens.token(member), "/api/learnings/" + learning + "/publications",
                    "{\"tier\":\"%s\"}".formatted(tier)).status()).isEqualTo(201);
        }
        return learning;
    }

    private static String episode(UUID id) {
        return "{\"episodeId\":\"%s\",\"occurredOn\":\"2026-03-06\",\"whatHappened\":\"Žádost čekala do pondělí.\","
                .formatted(id) + "\"whyItMadeSense\":\"Schránka vypadala prázdná.\"}";
    }

    private static String finding(UUID id, String factors) {
        return "{\"findingId\":\"%s\",\"text\":\"Rozpis služeb nepokrýval pátky.\",\"factors\":%s,\"goodPractice\":false}"
                .formatted(id, factors);
    }
}
