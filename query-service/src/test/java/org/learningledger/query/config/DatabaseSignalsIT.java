package org.learningledger.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The instance's one listener: every subscription's channels on one connection, each notice to its own
 * subscription, and "lost" to all of them from a failure until LISTEN holds on every channel again.
 */
class DatabaseSignalsIT {

    private static EmbeddedPostgres postgres;

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger taken = new AtomicInteger();
    private DatabaseSignals signals;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void close() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stop() {
        if (signals != null) {
            signals.stop();
        }
    }

    @Test
    void givenTwoSubscriptions_whenTheirChannelsAreNotified_thenEachHearsItsOwnOnOneConnection() {
        start(counting(postgres.getPostgresDatabase()), recording("a", "ledger_a"),
                recording("b", "ledger_b1", "ledger_b2"));
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.containsAll(List.of("a listening", "b listening")));

        notify("ledger_b2", "two");
        notify("ledger_a", "one");

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 4);
        assertThat(heard.subList(2, 4)).containsExactly("b heard ledger_b2 two on database-signals",
                "a heard ledger_a one on database-signals");
        assertThat(taken).hasValue(1);
    }

    @Test
    void givenTheConnectionIsLost_whenAnotherIsTaken_thenAllHearLostFirstAndListeningOnlyOnceAllChannelsListen() {
        start(counting(postgres.getPostgresDatabase()), recording("a", "ledger_a"), recording("b", "ledger_b"));
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 2);

        JdbcClient.create(postgres.getPostgresDatabase()).sql("select pg_terminate_backend(?)")
                .param(signals.backendPid()).query().listOfRows();

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 6);
        assertThat(heard.subList(2, 6)).containsExactly("a lost", "b lost", "a listening", "b listening");
        assertThat(taken).hasValue(2);
        notify("ledger_b", "again");
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("b heard ledger_b again on database-signals"));
    }

    @Test
    void givenOneSubscriptionFailsOnANotice_whenTheOthersListen_thenTheyHearLostAndListeningAgain() {
        SignalSubscription failing = new SignalSubscription(List.of("ledger_a"), (channel, payload) -> {
            throw new IllegalStateException("cannot handle " + payload);
        }, () -> heard.add("a listening"), () -> heard.add("a lost"), "a hears nothing");
        start(postgres.getPostgresDatabase(), failing, recording("b", "ledger_b"));
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 2);

        notify("ledger_a", "boom");

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 6);
        assertThat(heard.subList(2, 6)).containsExactly("a lost", "b lost", "a listening", "b listening");
    }

    @Test
    void givenAPoolOfOne_whenListeningIsHeard_thenEveryChannelListens_andNoneOnceStoppedAndGivenBack() throws SQLException {
        SingleConnectionDataSource pool = new SingleConnectionDataSource(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", true);
        try {
            // told on the listener's thread, on the one connection: what listens when "listening" is heard
            SignalSubscription first = new SignalSubscription(List.of("ledger_a"), (channel, payload) -> { },
                    () -> heard.add("a listening on " + listeningChannels(pool)), () -> heard.add("a lost"), "");
            start(pool, first, recording("b", "ledger_b"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 2);
            assertThat(heard.get(0)).isEqualTo("a listening on [ledger_a, ledger_b]");
            assertThat(listeningChannels(pool)).containsExactlyInAnyOrder("ledger_a", "ledger_b");

            signals.stop();

            await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 4);
            assertThat(heard.subList(2, 4)).containsExactly("a lost", "b lost");
            assertThat(listeningChannels(pool)).isEmpty();
        } finally {
            pool.destroy();
        }
    }

    @Test
    void givenTwoSubscriptionsToOneChannel_thenTheListenerIsRefused() {
        assertThatThrownBy(() -> new DatabaseSignals(postgres.getPostgresDatabase(),
                List.of(recording("a", "ledger_a"), recording("b", "ledger_a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ledger_a");
        assertThatThrownBy(() -> recording("a", "ledger_a; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void start(DataSource dataSource, SignalSubscription... subscriptions) {
        signals = new DatabaseSignals(dataSource, List.of(subscriptions));
        signals.start();
    }

    private SignalSubscription recording(String name, String... channels) {
        return new SignalSubscription(List.of(channels),
                (channel, payload) -> heard.add(name + " heard " + channel + " " + payload + " on "
                        + Thread.currentThread().getName()),
                () -> heard.add(name + " listening"), () -> heard.add(name + " lost"), name + " hears nothing");
    }

    private DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                taken.incrementAndGet();
                return super.getConnection();
            }
        };
    }

    private static void notify(String channel, String payload) {
        JdbcClient.create(postgres.getPostgresDatabase()).sql("select pg_notify(?, ?)").param(channel).param(payload)
                .query().listOfRows();
    }

    private static List<String> listeningChannels(DataSource pool) {
        return JdbcClient.create(pool).sql("select c from pg_listening_channels() c order by c").query(String.class)
                .list();
    }
}
