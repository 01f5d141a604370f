package org.learningledger.command.config;

import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost a race on its aggregate, and nothing else: with two command services, the
 * other instance appended to the aggregate since this one cached it (or created it at the same moment).
 * Axon evicts the aggregate from the cache when the unit of work rolls back, so the retry loads the
 * stream afresh and decides again on what is now recorded. Every other failure is final: a refused
 * rule is the user's answer, and a store that is down is answered 503 for the client to retry.
 */
final class ConflictRetry extends IntervalRetryScheduler {

    ConflictRetry(ScheduledExecutorService executor, int maxRetries, int intervalMillis) {
        super(IntervalRetryScheduler.builder().retryExecutor(executor).maxRetryCount(maxRetries)
                .retryInterval(intervalMillis));
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return !lostARace(failure);
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
