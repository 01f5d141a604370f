package org.learningledger.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What an integration test runs the real application against, all in-process: a PostgreSQL, a
 * Kafka broker holding {@code ledger.events}, and a token issuer whose public key the service trusts.
 */
final class Infrastructure implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final LedgerTopic topic;

    private Infrastructure() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        topic = new LedgerTopic();
    }

    static Infrastructure start() {
        return new Infrastructure();
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.kafka.bootstrap-servers", topic::brokers);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    /** Call after the listener containers have stopped, so the consumer goes quietly. */
    @Override
    public void close() throws IOException {
        topic.close();
        postgres.close();
    }
}
