package org.learningledger.command.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;

/** Appointments end: a removed steward is refused from the next request; removal is admin work and idempotent. */
class AppointmentIT extends CommandServiceIT {

    static final String JANA = TestTokens.token("jana");

    @Test
    void givenSteward_whenRemoved_thenHerNextEndorsementIsRefusedAndNothingStored() {
        String steward = "steward-" + UUID.randomUUID();
        String token = TestTokens.token(steward);
        UUID region = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        assertThat(post(ADMIN, "/api/regions", "{\"regionId\":\"%s\",\"name\":\"R\"}".formatted(region)).status()).isEqualTo(201);
        assertThat(post(ADMIN, "/api/teams", "{\"teamId\":\"%s\",\"regionId\":\"%s\",\"name\":\"T\",\"focus\":\"parental-conflict\"}"
                .formatted(team, region)).status()).isEqualTo(201);
        assertThat(post(ADMIN, "/api/teams/" + team + "/members", "{\"userId\":\"jana\"}").status()).isEqualTo(201);
        assertThat(post(ADMIN, "/api/regions/" + region + "/stewards", "{\"userId\":\"%s\"}".formatted(steward)).status())
                .isEqualTo(201);
        UUID first = regionalLearning(team);
        UUID second = regionalLearning(team);
        assertThat(post(token, "/api/learnings/" + first + "/endorsements", "{\"note\":\"x\"}").status()).isEqualTo(201);

        assertThat(send(ADMIN, "DELETE", "/api/regions/" + region + "/stewards/" + steward, null).status()).isEqualTo(204);
        long before = storedEvents();
        assertThat(post(token, "/api/learnings/" + second + "/endorsements", "{\"note\":\"x\"}").status()).isEqualTo(404);
        assertThat(post(token, "/api/learnings/" + second + "/invitations", "{\"tier\":\"NATION\"}").status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(send(ADMIN, "DELETE", "/api/regions/" + region + "/stewards/" + steward, null).status())
                .as("removing twice is harmless").isEqualTo(204);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(removals("StewardRemoved", region)).isEqualTo(1);
    }

    @Test
    void givenNonAdmin_whenRemovingAppointments_then403AndNothingStored() {
        long before = storedEvents();
        assertThat(send(JANA, "DELETE", "/api/regions/" + UUID.randomUUID() + "/stewards/pavla", null).status()).isEqualTo(403);
        assertThat(send(JANA, "DELETE", "/api/analysts/alena", null).status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenUnknownRegion_whenRemovingSteward_then404() {
        assertThat(send(ADMIN, "DELETE", "/api/regions/" + UUID.randomUUID() + "/stewards/pavla", null).status())
                .isEqualTo(404);
    }

    @Test
    void givenAnalyst_whenRemovedTwice_thenOneRemovalAndReappointmentWorks() {
        String analyst = "analyst-" + UUID.randomUUID();
        assertThat(send(ADMIN, "DELETE", "/api/analysts/" + analyst, null).status()).as("never appointed").isEqualTo(204);
        assertThat(post(ADMIN, "/api/analysts", "{\"userId\":\"%s\"}".formatted(analyst)).status()).isEqualTo(201);
        long before = storedEvents();
        assertThat(send(ADMIN, "DELETE", "/api/analysts/" + analyst, null).status()).isEqualTo(204);
        assertThat(send(ADMIN, "DELETE", "/api/analysts/" + analyst, null).status()).isEqualTo(204);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(post(ADMIN, "/api/analysts", "{\"userId\":\"%s\"}".formatted(analyst)).status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void givenBadUserId_whenRemovingAnalyst_then400() {
        assertThat(send(ADMIN, "DELETE", "/api/analysts/a%20b", null).status()).isEqualTo(400);
    }

    private UUID regionalLearning(UUID team) {
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"t","summary":"s","practice":"p"}""".formatted(learning)).status()).isEqualTo(201);
        assertThat(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}").status())
                .isEqualTo(201);
        return learning;
    }

    private long removals(String type, UUID aggregate) {
        return jdbc.sql("select count(*) from domain_event_entry where payload_type = ? and aggregate_identifier = ?")
                .params(type, aggregate.toString()).query(Long.class).single();
    }
}
