package org.learningledger.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void givenReplayOnly_whenParsed_thenOnlyTheReplayRunsAndTheRunIsNotAFullOne() {
        Settings s = Settings.parse(new String[] {"--replay-only", "--replay-events", "1_000_000"});

        assertThat(s.replayOnly()).isTrue();
        assertThat(s.replayEvents()).isEqualTo(1_000_000);
        assertThat(s.full()).isFalse(); // no warm-up, no load: not comparable with a full run
    }

    @Test
    void givenNoOptions_whenParsed_thenEveryPhaseRuns() {
        assertThat(Settings.parse(new String[0]).replayOnly()).isFalse();
    }

    @Test
    void givenFeedQuietZero_whenParsed_thenTheIdleCountIsSkipped_andByDefaultItRunsTenSeconds() {
        assertThat(Settings.parse(new String[] {"--feed-quiet", "0"}).feedQuiet()).isZero();
        assertThat(Settings.parse(new String[0]).feedQuiet()).hasSeconds(10);
    }
}
