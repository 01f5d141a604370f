package org.learningledger.infra.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sustained phase in figures: commands accepted per second, events the query side applied per second, and its
 * lag. The lag counts as bounded when, at the end, at most two seconds' worth of commands wait to be applied; an
 * unbounded lag means the end-to-end rate is the query side's, not the command side's.
 */
record Sustained(double accepted, double applied, long maxLag, long endLag, boolean bounded, Map<String, Double> cores,
                 List<LagMonitor.Sample> samples) {

    static Sustained of(List<LagMonitor.Sample> samples, long accepted, Duration duration, Map<String, Double> cores,
                        Consumer<String> say) {
        LagMonitor.Sample last = samples.get(samples.size() - 1);
        double seconds = Math.max(duration.toMillis() / 1000.0, last.seconds());
        double acceptedRate = accepted / seconds;
        double appliedRate = last.applied() / last.seconds();
        long max = samples.stream().mapToLong(LagMonitor.Sample::lag).max().orElse(0);
        for (LagMonitor.Sample s : samples) {
            if (Math.round(s.seconds()) % 10 == 0 || s == last) {
                say.accept(String.format("  %3.0f s: stored %,d, on Kafka %,d, applied %,d, lag %,d events",
                        s.seconds(), s.stored(), s.onKafka(), s.applied(), s.lag()));
            }
        }
        boolean bounded = last.lag() <= 2 * acceptedRate;
        say.accept(String.format("accepted %,.0f commands/s, applied %,.0f events/s, lag max %,d end %,d (%s); cpu %s",
                acceptedRate, appliedRate, max, last.lag(), bounded ? "bounded" : "GROWING", format(cores)));
        return new Sustained(acceptedRate, appliedRate, max, last.lag(), bounded, cores, samples);
    }

    /** The rate the whole pipeline sustained: the command rate if the query side kept up, else the query side's. */
    double endToEnd() {
        return bounded ? accepted : Math.min(accepted, applied);
    }

    void report(Report r, double jdbc1, double jdbc16, boolean fullRun) {
        r.put("sustained", Map.of("accepted_per_s", accepted, "applied_per_s", applied, "max_lag_events", maxLag,
                "end_lag_events", endLag, "lag_bounded", bounded, "cpu_cores", cores, "samples", samples));
        r.row("commands accepted over HTTP (1 event each), encryption on", Bench.rate(accepted), ">= 2,000/s", accepted >= 2_000,
                String.format("%.0f%% of 1-conn, %.0f%% of 16-conn JDBC", 100 * accepted / jdbc1, 100 * accepted / jdbc16));
        BeforeEncryption.README.row(r, "commands accepted", BeforeEncryption.README.commandsPerSecond(), accepted, fullRun);
        r.row("sustained end to end (query side kept up)", Bench.rate(endToEnd()) + ", lag max " + maxLag + " end " + endLag,
                ">= 2,000/s, bounded lag", bounded && endToEnd() >= 2_000,
                String.format("%.0f%% of 1-conn, %.0f%% of 16-conn JDBC", 100 * endToEnd() / jdbc1, 100 * endToEnd() / jdbc16));
    }

    static String format(Map<String, Double> cores) {
        StringBuilder b = new StringBuilder();
        cores.forEach((k, v) -> b.append(String.format("%s %.2f ", k, v)));
        return b.toString().trim();
    }

    /** Time until the query side has applied everything on Kafka and Kafka holds everything stored. */
    static Duration drain(LagMonitor lag, LagMonitor.Sample base) throws Exception {
        long start = System.nanoTime();
        LagMonitor.Sample previous = lag.sample(0);
        while (System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(250);
            LagMonitor.Sample now = lag.sample(0);
            if (now.applied() == now.onKafka() && now.onKafka() == previous.onKafka()
                    && now.stored() - base.stored() - (now.onKafka() - base.onKafka()) <= 0) {
                break;
            }
            previous = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
