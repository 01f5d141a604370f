package org.learningledger.query.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningledger.events.content.ContentItem;
import org.learningledger.query.config.DatabaseSignals;
import org.learningledger.query.config.SignalSubscriptions;
import org.learningledger.query.feed.FeedSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Two query instances share the read-model database but each reads only some partitions: an erasure
 * applied by one reaches the other's key cache through the database's notices, and one that lost its
 * listener does not keep keys it could not hear about. Only a PostgreSQL here (no Kafka, no service):
 * the notice is sent as the intake's KeyErasureNotices sends it, in a committed transaction.
 */
class KeyErasureSignalsIT {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private final TestKeyService service = new TestKeyService();
    private final ContentKeys other = new ContentKeys(new KeyServiceClient(service.url(), TestKeyService.SECRET, ""),
            Duration.ofMinutes(5), 1000);
    private final KeyErasureSignals keySignals = new KeyErasureSignals(other);
    private final AtomicBoolean refused = new AtomicBoolean(); // the pool gives the listener no connection
    private final DatabaseSignals signals = new DatabaseSignals(refusing(), List.of(
            new SignalSubscriptions().feedSignalsSubscription(new FeedSignals()),
            new SignalSubscriptions().keyErasureSubscription(keySignals))); // as wired in the service

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void close() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stop() {
        signals.stop();
        service.close();
    }

    @Test
    void givenKeyCachedInOtherInstance_whenAnErasureIsAppliedElsewhere_thenOtherInstanceForgetsIt() throws SQLException {
        ContentItem item = cachedByOther();

        service.erase(item, Instant.now());
        assertThat(other.forOpening(item)).as("cached until told").isPresent();
        notifyCommitted(item);

        await().atMost(Duration.ofSeconds(5)).until(() -> other.forOpening(item).isEmpty());
    }

    @Test
    void givenTheListenerLostItsConnection_whenAnErasureWentUnheard_thenTheKeyIsNotServedAfter() {
        ContentItem item = cachedByOther();

        JdbcClient.create(dataSource).sql("select pg_terminate_backend(?)").param(signals.backendPid())
                .query().listOfRows();
        service.erase(item, Instant.now()); // applied elsewhere while nobody listened: no notice reaches it

        await().atMost(Duration.ofSeconds(10)).until(() -> keySignals.sessions() > 1);
        assertThat(other.forOpening(item)).isEmpty();
    }

    @Test
    void givenTheListenerLostItsConnectionAndGetsNoOther_whenAnErasureWentUnheard_thenTheKeyIsNotServedMeanwhile() {
        ContentItem item = cachedByOther();

        refused.set(true);
        JdbcClient.create(dataSource).sql("select pg_terminate_backend(?)").param(signals.backendPid())
                .query().listOfRows();
        service.erase(item, Instant.now()); // applied elsewhere while nobody listened: no notice reaches it

        await().atMost(Duration.ofSeconds(5)).until(() -> other.forOpening(item).isEmpty());
        assertThat(keySignals.sessions()).as("not listening again: trust was withdrawn on the loss").isEqualTo(1);
    }

    private DataSource refusing() {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                if (refused.get()) {
                    throw new SQLException("No connection for the listener (test)");
                }
                return super.getConnection();
            }
        };
    }

    private ContentItem cachedByOther() {
        ContentItem item = ContentItem.observation(UUID.randomUUID(), UUID.randomUUID());
        service.forSealing(item);
        signals.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> keySignals.sessions() > 0);
        assertThat(other.forOpening(item)).isPresent();
        return item;
    }

    private static void notifyCommitted(ContentItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select pg_notify('" + KeyErasureSignals.CHANNEL + "', '" + item.key() + "')");
            connection.commit();
        }
    }
}
