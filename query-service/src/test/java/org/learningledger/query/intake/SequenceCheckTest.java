package org.learningledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceCheckTest {

    @Test
    void givenNothingApplied_whenFirstEventArrives_thenNewAndNoGap() {
        assertThat(SequenceCheck.isDuplicate(null, 0)).isFalse();
        assertThat(SequenceCheck.isGap(null, 0)).isFalse();
    }

    @Test
    void givenEventsApplied_whenSameOrEarlierSequenceArrives_thenDuplicate() {
        assertThat(SequenceCheck.isDuplicate(3L, 3)).isTrue();
        assertThat(SequenceCheck.isDuplicate(3L, 0)).isTrue();
        assertThat(SequenceCheck.isDuplicate(3L, 4)).isFalse();
    }

    @Test
    void givenEventsApplied_whenSequenceSkipsAhead_thenGap() {
        assertThat(SequenceCheck.isGap(3L, 4)).isFalse();
        assertThat(SequenceCheck.isGap(3L, 6)).isTrue();
        assertThat(SequenceCheck.isGap(null, 2)).isTrue();
    }
}
