package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.RuleViolation;

class ConflictRetryTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetry retry = new ConflictRetry(executor, 2, 1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void givenLostRaceOnTheAggregate_whenFailed_thenDispatchedAgain() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(2);
        assertThat(schedule(new ConcurrencyException("sequence taken"), 1, dispatched::countDown)).isTrue();
        assertThat(schedule(new IllegalStateException(new AggregateStreamCreationException("created elsewhere")), 1,
                dispatched::countDown)).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void givenRefusedByARule_whenFailed_thenNotRetried() {
        assertThat(schedule(new RuleViolation("phase-order", "Phases must follow each other."), 1, () -> { })).isFalse();
    }

    @Test
    void givenRetriesUsedUp_whenLostAgain_thenGivesUp() {
        assertThat(schedule(new ConcurrencyException("sequence taken"), 3, () -> { })).isFalse();
    }

    @SuppressWarnings("unchecked")
    private boolean schedule(RuntimeException failure, int failures, Runnable dispatch) {
        List<Class<? extends Throwable>[]> history = new java.util.ArrayList<>();
        for (int i = 0; i < failures; i++) {
            history.add(new Class[] {failure.getClass()});
        }
        return retry.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, history, dispatch);
    }
}
