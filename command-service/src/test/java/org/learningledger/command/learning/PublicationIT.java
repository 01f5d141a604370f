package org.learningledger.command.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** Publishing over HTTP: versions, tiers, stewards' rights, and the de-identification guard's answer. */
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
}
