package org.learningledger.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.learningledger.query.keys.TestKeyService;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What an integration test runs the real application against, all in-process: a PostgreSQL, a
 * Kafka broker holding {@code ledger.events}, a token issuer whose public key the service trusts, and
 * a stand-in of the command service's key endpoint.
 */
final class Infrastructure implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final LedgerTopic topic;
    /** The command service's key endpoint as a stand-in (see {@link TestKeyService}): seals a test's envelopes. */
    final TestKeyService keys;

    private Infrastructure() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        topic = new LedgerTopic();
        keys = new TestKeyService();
    }

    Map<String, Object> properties() {
        return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", topic.brokers(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation(),
                "ledger.keys.service-url", keys.url(),
                "ledger.keys.internal-secret", TestKeyService.SECRET);
    }

    @Override
    public void close() throws IOException {
        topic.close();
        keys.close();
        postgres.close();
    }

    /**
     * Starts the infrastructure with the application context, as a bean the tests may autowire, and stops it when
     * the context closes: after the listener containers stopped (lifecycle first, beans after), so the consumers go
     * quietly, and after every bean registered later (the connection pool among them).
     */
    static final class Starter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Infrastructure infra = new Infrastructure();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("infrastructure", infra.properties()));
            DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
            beans.registerSingleton("infrastructure", infra);
            beans.registerDisposableBean("infrastructure", infra::close);
        }
    }
}
