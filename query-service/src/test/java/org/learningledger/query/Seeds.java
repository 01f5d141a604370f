package org.learningledger.query;

import java.util.Random;
import java.util.stream.LongStream;

/** Seeds of the property tests: {@code -Dledger.seed=N} replays one, {@code -Dledger.histories=N} sets how many. */
final class Seeds {

    private Seeds() {
    }

    static LongStream randomOrReplayed(int defaultCount) {
        String replay = System.getProperty("ledger.seed");
        return replay != null && !replay.isBlank() ? LongStream.of(Long.parseLong(replay))
                : new Random().longs(Integer.getInteger("ledger.histories", defaultCount));
    }
}
