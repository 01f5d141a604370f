package org.learningledger.infra.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of the last full run before encryption (README, "Benchmark": 2026-11-22 23:42 UTC, 2 cores AMD EPYC
 * 2.6 GHz, OpenJDK 17.0.15, default settings), printed beside this run's so the cost of encryption shows. The
 * issue's aim is a cost under 10 %. A comparison across runs means something only for a full run on the same kind
 * of machine, so only a full run gets a verdict; a quick run shows the ratio alone.
 */
record BeforeEncryption(String run, double commandsPerSecond, double replay100k, double replayEnd, long replayEvents) {

    static final BeforeEncryption README = new BeforeEncryption("full run 2026-11-22, 2 cores", 909, 15_730, 25_619, 1_185_696);

    static final double MAX_COST = 0.10;

    /** A row under this run's figure: the earlier value and what this run is as a share of it. */
    void row(Report r, String figure, double before, double now, boolean fullRun) {
        double share = now / before;
        Boolean met = fullRun ? share >= 1 - MAX_COST : null;
        r.row("  " + figure + " before encryption (" + run + ")", Bench.rate(before),
                fullRun ? "encryption costs < 10%" : "", met,
                String.format("encryption on: %.0f%% of it (%s%.0f%%)", 100 * share, share >= 1 ? "+" : "-",
                        100 * Math.abs(1 - share)));
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", run);
        m.put("commands_per_s", commandsPerSecond);
        m.put("replay_per_s_at_100k", replay100k);
        m.put("replay_per_s_at_end", replayEnd);
        m.put("replay_events", replayEvents);
        return m;
    }
}
