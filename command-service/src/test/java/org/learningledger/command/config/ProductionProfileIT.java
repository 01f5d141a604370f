package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the production profile, metrics and API docs are for the admin role only; health stays open.
 * Its context is closed after the class: a second command service left running in the JVM would keep
 * the forwarders' token claims from the shared one.
 */
@ActiveProfiles("prod")
@DirtiesContext
class ProductionProfileIT extends CommandServiceIT {

    @Test
    void givenTheProdProfile_whenAStrangerAsksForMetricsOrApiDocs_then401ButHealthAnswers() {
        for (String path : new String[] {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui/index.html"}) {
            assertThat(send(null, "GET", path, null).status()).as(path).isEqualTo(401);
            assertThat(send(TestTokens.token("jana"), "GET", path, null).status()).as(path).isEqualTo(403);
        }
        assertThat(send(null, "GET", "/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void givenTheProdProfile_whenAnAdministratorAsks_thenMetricsAndApiDocsAnswer() {
        Response metrics = send(ADMIN, "GET", "/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(send(ADMIN, "GET", "/v3/api-docs", null).body()).contains("/api/experiments/{id}/observations");
    }
}
