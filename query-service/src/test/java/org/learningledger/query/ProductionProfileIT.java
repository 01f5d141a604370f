package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the production profile, metrics and API docs are for the admin role only; in every profile the
 * web interface comes with a Content-Security-Policy and the usual security headers.
 */
@QueryServiceTest
@ActiveProfiles("prod")
class ProductionProfileIT {

    @LocalServerPort
    int port;
    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void givenTheProdProfile_whenAStrangerAsksForMetricsOrApiDocs_thenRefusedButHealthAnswers() {
        for (String path : new String[] {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui/index.html"}) {
            assertThat(api.anonymous(path).getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(api.get(path, TestTokens.token("jana")).getStatusCode().value()).as(path).isEqualTo(403);
        }
        ResponseEntity<String> metrics = api.get("/actuator/prometheus", TestTokens.token("root", "admin"));
        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
        assertThat(api.anonymous("/actuator/health").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void givenTheWebInterface_whenLoaded_thenAContentSecurityPolicyAndSecurityHeaders() {
        ResponseEntity<String> page = api.anonymous("/");

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
                .contains("connect-src 'self' http://localhost:").contains("frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
