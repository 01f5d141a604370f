package org.learningledger.query.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Past its capacity the query API says so at once: 503 with {@code Retry-After} and a problem document, instead
 * of queueing requests for seconds behind the database pool or refusing connections. A request waits at most
 * {@code wait} for one of {@code permits} places (by default {@link #PER_CORE} per core: on a saturated machine the
 * time inside grows with the number in flight, so few places and a short wait keep the answers that are served
 * fast, and the rest get their 503 at once). It runs before authentication, so an overloaded service does
 * not spend its CPU checking tokens it will not serve. A feed's stream holds its place only while it is opened
 * (it goes on asynchronously); the web interface's files and health are not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoadShedding extends OncePerRequestFilter {

    private final Semaphore places;
    private final long waitNanos;
    private final long retryAfterSeconds;
    private final Counter shed;
    private final JsonMapper json;

    /** Places per core when none is configured: more in flight only lengthens each request (see the README). */
    static final int PER_CORE = 4;

    LoadShedding(@Value("${ledger.query.shedding.permits:0}") int permits,
                 @Value("${ledger.query.shedding.wait:10ms}") Duration wait,
                 @Value("${ledger.query.shedding.retry-after:1s}") Duration retryAfter,
                 MeterRegistry registry, JsonMapper json) {
        this.places = new Semaphore(permits > 0 ? permits : PER_CORE * Runtime.getRuntime().availableProcessors());
        this.waitNanos = wait.toNanos();
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
        this.shed = Counter.builder("ledger.query.shed").description("API requests answered 503 past capacity")
                .register(registry);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean placed;
        try {
            placed = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            placed = false;
        }
        if (!placed) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        shed.increment();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The ledger is answering as many requests as it can. Nothing was changed: try again in "
                        + retryAfterSeconds + " s.");
        problem.setTitle("Busy");
        problem.setType(URI.create("urn:ledger:problem:busy"));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
