package org.learningledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Ten wrong codes per address per ten minutes; the eleventh lookup waits until the oldest is ten minutes old. */
class ReceiptGuessesTest {

    private Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final ReceiptGuesses guesses = new ReceiptGuesses(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void givenNineWrongCodes_whenLookingAgain_thenAllowed() {
        wrong("10.0.0.1", 9);

        assertThat(guesses.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void givenTenWrongCodes_whenLookingAgain_thenRefusedUntilTheFirstIsTenMinutesOld() {
        wrong("10.0.0.1", 1);
        now = now.plusSeconds(60);
        wrong("10.0.0.1", 9);

        assertThat(guesses.waitFor("10.0.0.1")).contains(Duration.ofMinutes(9));
        assertThat(guesses.waitFor("10.0.0.2")).isEmpty();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(guesses.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void givenALimitedAddress_whenForgotten_thenAllowedAgain() {
        wrong("10.0.0.1", 10);

        guesses.forgetAll();

        assertThat(guesses.waitFor("10.0.0.1")).isEmpty();
    }

    private void wrong(String address, int times) {
        for (int i = 0; i < times; i++) {
            guesses.wrongCode(address);
        }
    }
}
