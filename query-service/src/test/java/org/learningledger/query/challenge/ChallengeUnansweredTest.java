package org.learningledger.query.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChallengeUnansweredTest {

    private final Instant raised = Instant.parse("2026-01-01T10:00:00Z");

    private Clock at(Duration later) {
        return Clock.fixed(raised.plus(later), ZoneOffset.UTC);
    }

    @Test
    void anUnansweredChallengeCountsWholeDaysSinceItWasRaised() {
        assertThat(Unanswered.days(raised, null, at(Duration.ofHours(23)))).isZero();
        assertThat(Unanswered.days(raised, null, at(Duration.ofDays(12).plusHours(5)))).isEqualTo(12);
    }

    @Test
    void itIsFlaggedFromDayThirtyOnNotBefore() {
        assertThat(Unanswered.over30Days(Unanswered.days(raised, null, at(Duration.ofDays(30).minusSeconds(1)))))
                .isFalse();
        assertThat(Unanswered.over30Days(Unanswered.days(raised, null, at(Duration.ofDays(30))))).isTrue();
        assertThat(Unanswered.over30Days(Unanswered.days(raised, null, at(Duration.ofDays(400))))).isTrue();
    }

    @Test
    void anAnsweredChallengeHasNoDaysUnansweredAndNoFlagHoweverLateTheAnswer() {
        Integer days = Unanswered.days(raised, raised.plus(Duration.ofDays(45)), at(Duration.ofDays(90)));
        assertThat(days).isNull();
        assertThat(Unanswered.over30Days(days)).isFalse();
    }

    @Test
    void aClockBehindTheRaiseGivesZeroNotANegativeCount() {
        assertThat(Unanswered.days(raised, null, at(Duration.ofDays(-2)))).isZero();
    }
}
