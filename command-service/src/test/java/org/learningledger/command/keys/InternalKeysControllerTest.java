package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** The internal endpoint's answers that need no database: no secret configured, wrong secret. */
class InternalKeysControllerTest {

    @Test
    void givenNoSecretConfigured_whenAsked_then503ProblemEvenWithABearer() {
        InternalKeysController controller = new InternalKeysController(new InternalSecret("", ""), null, JsonMapper.builder().build());
        ResponseEntity<?> answer = controller.keys("Bearer anything", "{\"items\":[]}");
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(((ProblemDetail) answer.getBody()).getType().toString()).isEqualTo("urn:ledger:problem:unavailable");
    }

    @Test
    void givenASecret_whenTheHeaderIsMissingWrongOrNotBearer_then401Problem() {
        InternalSecret secret = new InternalSecret("s3cret-value", "");
        InternalKeysController controller = new InternalKeysController(secret, null, JsonMapper.builder().build());
        for (String header : new String[] {null, "", "Bearer ", "Bearer s3cret-valuE", "Basic s3cret-value",
            "s3cret-value", "Bearer s3cret-value-and-more"}) {
            ResponseEntity<?> answer = controller.keys(header, "not even json");
            assertThat(answer.getStatusCode().value()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(secret.admits("Bearer s3cret-value")).isTrue();
    }
}
