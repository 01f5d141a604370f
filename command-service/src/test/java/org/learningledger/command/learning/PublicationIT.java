package org.learningledger.command.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * Publishing over HTTP: versions, tiers, stewards' rights, and the de-identification guard's answers: a
 * refusal when publishing or endorsing, warnings when drafting.
 */
class PublicationIT extends CommandServiceIT {

    static final String JANA = TestTokens.token("jana");

    @Test
    void givenDraftWithIdentifyingDetails_whenPublished_then422ListingEachFindingAndNothingStored() {
        UUID team = teamWithMembers("jana");
        UUID learning = UUID.randomUUID();
        String summary = "Mother (tel. 605 123 456) and the boy, narozen 12. 3. 2015, felt heard.";
        assertThat(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Listen first","summary":"%s","practice":"p"}"""
                .formatted(learning, summary)).status()).isEqualTo(201);
        long before = storedEvents();
        Response response = post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode findings = response.json().get("findings");
        assertThat(findings).hasSize(2);
        for (JsonNode finding : findings) {
            assertThat(finding.get("field").asString()).isEqualTo("summary");
            String found = summary.substring(finding.get("start").asInt(), finding.get("end").asInt());
            assertThat(found).isEqualTo(finding.get("text").asString());
        }
        assertThat(findings.valueStream().map(f -> f.get("rule").asString())).containsExactly("phone", "date-of-birth");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenDraft_whenPreviewed_thenWhatReadersWouldSeeAndNothingStored_andAnIdentifyingDraftRefusedAlike() {
        UUID team = teamWithMembers("jana");
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Listen first","summary":"Calmer meetings","practice":"p"}"""
                .formatted(learning)).status()).isEqualTo(201);
        long before = storedEvents();
        Response preview = post(JANA, "/api/learnings/" + learning + "/publications/preview", "{\"tier\":\"REGION\"}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("snapshot").get("summary").asString()).isEqualTo("Calmer meetings");
        assertThat(preview.json().get("firstAtTier").asBoolean()).isTrue();
        assertThat(preview.json().get("regionId").asString()).isEqualTo(jdbc.sql(
                "select region_id from directory_team where team_id = ?").params(team).query(UUID.class).single().toString());
        assertThat(storedEvents()).as("a preview records nothing").isEqualTo(before);
        assertThat(post(TestTokens.token("karel"), "/api/learnings/" + learning + "/publications/preview",
                "{\"tier\":\"REGION\"}").status()).as("outside the team: the unseen 404").isEqualTo(404);

        assertThat(send(JANA, "PUT", "/api/learnings/" + learning,
                "{\"title\":\"Listen first\",\"summary\":\"Call 605 123 456\",\"practice\":\"p\"}").status()).isEqualTo(200);
        long revised = storedEvents();
        Response refused = post(JANA, "/api/learnings/" + learning + "/publications/preview", "{\"tier\":\"REGION\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("findings").get(0).get("field").asString()).isEqualTo("summary");
        assertThat(storedEvents()).isEqualTo(revised);
    }

    @Test
    void givenTextsBeingTyped_whenChecked_thenTheGuardsWarningsAtTheirPlacesAndNothingStored() {
        long before = storedEvents();
        String summary = "Zavolejte matce na 605 123 456.";
        Response checked = post(JANA, "/api/guard/findings", """
                {"texts": {"title": "Listen first", "summary": "%s"}}""".formatted(summary));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        JsonNode finding = checked.json().get("findings").get(0);
        assertThat(checked.json().get("findings")).hasSize(1);
        assertThat(finding.get("field").asString()).isEqualTo("summary");
        assertThat(finding.get("rule").asString()).isEqualTo("phone");
        assertThat(summary.substring(finding.get("start").asInt(), finding.get("end").asInt())).isEqualTo("605 123 456");
        assertThat(storedEvents()).isEqualTo(before);
        Response tooLong = post(JANA, "/api/guard/findings", "{\"texts\": {\"summary\": \"%s\"}}".formatted("a".repeat(20_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("texts");
        assertThat(send(null, "POST", "/api/guard/findings", "{\"texts\": {}}").status()).as("signed in only").isEqualTo(401);
    }

    @Test
    void givenRegionalPublication_whenRepublishedNationallyAfterRevision_thenVersionTwo() {
        UUID team = teamWithMembers("jana");
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Listen first","summary":"s","practice":"p"}""".formatted(learning))
                .status()).isEqualTo(201);
        Response first = post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}");
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(send(JANA, "PUT", "/api/learnings/" + learning,
                "{\"title\":\"Listen first\",\"summary\":\"s2\",\"practice\":\"p\"}").status()).isEqualTo(200);
        Response second = post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        Response narrower = post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}");
        assertThat(narrower.status()).isEqualTo(409);
        assertThat(narrower.json().get("rule").asString()).isEqualTo("tiers-only-widen");
    }

    @Test
    void givenTextWithPhoneAndName_whenDraftedAndRevised_thenRecordedWithWarningsAtTheirPositions() {
        UUID team = teamWithMembers("jana");
        UUID learning = UUID.randomUUID();
        String summary = "Anička Veselá se bála, ať zavolá matce na 605 123 456.";
        long before = storedEvents();
        Response drafted = post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Listen first","summary":"%s","practice":"p"}""".formatted(learning, summary));
        assertThat(drafted.status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
        JsonNode warnings = drafted.json().get("warnings");
        assertThat(warnings.valueStream().map(w -> w.get("rule").asString()))
                .containsExactly("personal-name", "personal-name", "phone");
        for (JsonNode warning : warnings) {
            assertThat(warning.get("field").asString()).isEqualTo("summary");
            assertThat(summary.substring(warning.get("start").asInt(), warning.get("end").asInt()))
                    .isEqualTo(warning.get("text").asString());
            assertThat(warning.get("message").asString()).isNotBlank();
        }
        Response revised = send(JANA, "PUT", "/api/learnings/" + learning, """
                {"title":"Listen first","summary":"s","practice":"p","context":"u paní Kratochvílové doma"}""");
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("warnings").valueStream().map(w -> w.get("field").asString() + ":"
                + w.get("text").asString())).containsExactly("context:paní Kratochvílové");
        Response clean = send(JANA, "PUT", "/api/learnings/" + learning,
                "{\"title\":\"Listen first\",\"summary\":\"s2\",\"practice\":\"p\"}");
        assertThat(clean.json().get("warnings")).isEmpty();
    }

    @Test
    void givenStewardNoteNamingAChild_whenEndorsed_then422ListingFindingsAndNothingStored() {
        UUID team = teamWithMembers("jana");
        UUID region = jdbc.sql("select region_id from directory_team where team_id = ?").params(team)
                .query(UUID.class).single();
        String steward = "steward-" + UUID.randomUUID();
        assertThat(post(ADMIN, "/api/regions/" + region + "/stewards", "{\"userId\":\"%s\"}".formatted(steward))
                .status()).isEqualTo(201);
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Listen first","summary":"s","practice":"p"}""".formatted(learning))
                .status()).isEqualTo(201);
        assertThat(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}").status())
                .isEqualTo(201);
        String note = "Skvělé, sedmiletý chlapec z Dolní Lhoty to potvrdil.";
        long before = storedEvents();
        Response refused = post(TestTokens.token(steward), "/api/learnings/" + learning + "/endorsements",
                "{\"note\":\"%s\"}".formatted(note));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode finding = refused.json().get("findings").get(0);
        assertThat(finding.get("field").asString()).isEqualTo("note");
        assertThat(finding.get("rule").asString()).isEqualTo("age-and-place");
        assertThat(note.substring(finding.get("start").asInt(), finding.get("end").asInt()))
                .isEqualTo("sedmiletý chlapec z Dolní Lhoty");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(post(TestTokens.token(steward), "/api/learnings/" + learning + "/endorsements",
                "{\"note\":\"Stojí za vyzkoušení.\"}").status()).isEqualTo(201);
    }
}
