package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.events.content.ContentItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions that seal the first content of one item at once end with one key: the second waits
 * for the first's row. A key created in a transaction that rolls back is gone with it, cache included.
 */
class FirstUseIT extends CommandServiceIT {

    @Autowired
    DataKeys keys;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void givenTwoTransactionsSealingANewItemAtOnce_whenTheFirstCommits_thenBothUseItsKey() throws Exception {
        ContentItem item = ContentItem.experiment(UUID.randomUUID());
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SecretKey> first = CompletableFuture.supplyAsync(() -> transactions.execute(s -> {
            SecretKey key = keys.forSealing(item);
            created.countDown();
            await(release);
            return key;
        }));
        assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<SecretKey> second = CompletableFuture.supplyAsync(() -> transactions.execute(s -> keys.forSealing(item)));
        Thread.sleep(300);
        assertThat(second).as("waits for the first transaction's row").isNotDone();

        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS).getEncoded()).isEqualTo(first.get(10, TimeUnit.SECONDS).getEncoded());
        assertThat(keys.forOpening(item).orElseThrow().getEncoded()).isEqualTo(first.get().getEncoded());
    }

    @Test
    void givenAKeyCreatedInATransactionThatRollsBack_whenSealedAgain_thenANewKeyAndNoStaleCopy() {
        ContentItem item = ContentItem.experiment(UUID.randomUUID());
        byte[] rolledBack = transactions.execute(s -> {
            byte[] key = keys.forSealing(item).getEncoded();
            s.setRollbackOnly();
            return key;
        });
        assertThat(keys.exists(item)).isFalse();

        byte[] kept = transactions.execute(s -> keys.forSealing(item).getEncoded());

        assertThat(kept).isNotEqualTo(rolledBack);
        assertThat(keys.forOpening(item).orElseThrow().getEncoded()).isEqualTo(kept);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
