package org.learningledger.command.forwarding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the sends of one processor batch and makes the batch's commit, which stores the tracking
 * token, wait for all their acknowledgements. Sends stay asynchronous within the batch, so a batch
 * costs one round trip to the broker, not one per event. A failed or late ack fails the commit.
 */
@Component
class BatchAcks {

    private static final String RESOURCE = BatchAcks.class.getName();

    private final Duration timeout;

    BatchAcks(@Value("${ledger.forwarder.ack-timeout:5s}") Duration timeout) {
        this.timeout = timeout;
    }

    void awaitBeforeCommit(CompletableFuture<?> ack) {
        if (ack.isCompletedExceptionally()) {
            // the broker is unreachable (no metadata): give up the batch now rather than after every send
            // of it has waited max.block.ms; it is retried from the stored token
            ack.join();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<CompletableFuture<?>> pending = root.getOrComputeResource(RESOURCE, key -> {
            List<CompletableFuture<?>> list = new ArrayList<>();
            root.onPrepareCommit(uow -> awaitAll(list));
            return list;
        });
        pending.add(ack);
    }

    private void awaitAll(List<CompletableFuture<?>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + pending.size()
                    + " forwarded events; the batch will be sent again", e);
        }
    }
}
