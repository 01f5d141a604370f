package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.events.content.ContentItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two service instances over one database, as behind the load balancer: an erasure made by one empties
 * the other's key cache, and an instance that cannot hear of erasures does not trust its cache. The
 * second instance is a second DataKeys with its own listener, in this (shared) context.
 */
class KeyCacheAcrossInstancesIT extends CommandServiceIT {

    @Autowired
    DataKeys keys;

    @Autowired
    KeyTable table;

    @Autowired
    KeyEncryptionKeys keks;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void givenKeyCachedInOtherInstance_whenErased_thenOtherInstanceForgetsIt() {
        ContentItem item = liveItem();
        DataKeys other = otherInstance();
        KeyErasureSignals signals = listening(other);
        try {
            assertThat(other.forOpening(item)).isPresent();

            transactions.executeWithoutResult(s -> keys.erase(item, Instant.now()));

            await().atMost(Duration.ofSeconds(5)).until(() -> other.forOpening(item).isEmpty());
        } finally {
            signals.stop();
        }
    }

    @Test
    void givenTheListenerLostItsConnection_whenAKeyWasErasedUnheard_thenTheCacheDoesNotServeItAfter() {
        ContentItem item = liveItem();
        DataKeys other = otherInstance();
        KeyErasureSignals signals = listening(other);
        try {
            assertThat(other.forOpening(item)).isPresent();

            jdbc.sql("select pg_terminate_backend(?)").param(signals.backendPid()).query().listOfRows();
            eraseUnheard(item);

            await().atMost(Duration.ofSeconds(10)).until(() -> signals.sessions() > 1);
            assertThat(other.forOpening(item)).isEmpty();
        } finally {
            signals.stop();
        }
    }

    @Test
    void givenNoListener_whenAKeyIsErasedUnheard_thenTheCacheIsBypassed() {
        ContentItem item = liveItem();
        DataKeys unheard = otherInstance();
        assertThat(unheard.forOpening(item)).isPresent();

        eraseUnheard(item);

        assertThat(unheard.forOpening(item)).isEmpty();
    }

    /** The key cache a second service instance over the same database would have. */
    private DataKeys otherInstance() {
        return new DataKeys(table, keks, Clock.systemUTC(), Duration.ofMinutes(2));
    }

    private KeyErasureSignals listening(DataKeys instance) {
        KeyErasureSignals signals = new KeyErasureSignals(dataSource, instance);
        signals.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.sessions() > 0);
        return signals;
    }

    /** An erasure whose notice nobody hears: a plain update sends none. */
    private void eraseUnheard(ContentItem item) {
        jdbc.sql("update data_key set wrapped = null, kek_version = null, erased_at = now() where item = ?")
                .param(item.key()).update();
    }

    /** An item with a live key, made by this instance. */
    private ContentItem liveItem() {
        ContentItem item = ContentItem.experiment(UUID.randomUUID());
        transactions.executeWithoutResult(s -> keys.forSealing(item));
        return item;
    }
}
