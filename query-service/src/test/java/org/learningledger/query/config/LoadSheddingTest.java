package org.learningledger.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class LoadSheddingTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LoadShedding shedding = new LoadShedding(1, Duration.ofMillis(50), Duration.ofSeconds(2), registry,
            JsonMapper.builder().build());

    @Test
    void givenEveryPlaceTaken_whenAnotherApiRequestComes_then503WithRetryAfterAndAProblem_andAfterwardsItIsServed()
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> serve("/api/learnings",
                () -> {
                    entered.countDown();
                    await(release);
                }));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = serve("/api/learnings", () -> { });
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "urn:ledger:problem:busy");
        assertThat(registry.counter("ledger.query.shed").count()).isEqualTo(1.0);

        MockHttpServletResponse page = serve("/ui/app.js", () -> { });
        assertThat(page.getStatus()).as("the interface's files are not counted").isEqualTo(200);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(serve("/api/learnings", () -> { }).getStatus()).as("the place is given back").isEqualTo(200);
    }

    private MockHttpServletResponse serve(String path, Runnable work) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            shedding.doFilter(request, response, (req, res) -> work.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
