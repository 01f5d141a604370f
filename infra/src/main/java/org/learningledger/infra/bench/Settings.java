package org.learningledger.infra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long and how hard the bench runs. {@code --quick} is a smoke run of a minute or two (the build runs it so the
 * bench cannot rot); the default is the full run the issue asks for. Every value can be overridden: --NAME VALUE.
 */
record Settings(Path dir, Path out, boolean keep, Duration raw, int kafkaRecords, Duration warmup, Duration warmupLimit,
                Duration sustain,
                int concurrency, Duration latency, Duration query, double queryRate, double queryCommandRate,
                long replayEvents, Duration replayLimit, int observations, int replicas, int feeds, Duration feedQuiet,
                boolean replayOnly) {

    static Settings parse(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        boolean quick = false;
        boolean keep = false;
        boolean replayOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--keep" -> keep = true;
                case "--replay-only" -> replayOnly = true;
                default -> {
                    if (!args[i].startsWith("--") || i + 1 >= args.length) {
                        throw new IllegalArgumentException("unknown argument " + args[i]);
                    }
                    o.put(args[i].substring(2), args[++i]);
                }
            }
        }
        String home = System.getenv().getOrDefault("LEDGER_HOME", System.getProperty("user.home") + "/.ledger");
        Path dir = Path.of(o.getOrDefault("dir", home + "/bench/run-" + System.currentTimeMillis()));
        Settings s = new Settings(dir.toAbsolutePath(), Path.of(o.getOrDefault("out", "infra/target/bench")).toAbsolutePath(),
                keep, seconds(o, "raw", quick ? 2 : 10), integer(o, "kafka-records", quick ? 50_000 : 500_000),
                seconds(o, "warmup", quick ? 3 : 60),
                seconds(o, "warmup-limit", quick ? 3 : 420), seconds(o, "sustain", quick ? 5 : 60), integer(o, "concurrency", quick ? 16 : 64),
                seconds(o, "latency", quick ? 5 : 60), seconds(o, "query", quick ? 5 : 30), number(o, "query-rate", 500),
                number(o, "query-command-rate", 500), integer(o, "replay-events", quick ? 20_000 : 1_000_000),
                seconds(o, "replay-limit", quick ? 120 : 1_200), integer(o, "observations", 18), integer(o, "replicas", 1),
                integer(o, "feeds", quick ? 20 : 200), seconds(o, "feed-quiet", 10), replayOnly);
        o.keySet().removeAll(java.util.Set.of("dir", "out", "raw", "kafka-records", "warmup", "warmup-limit", "sustain", "concurrency",
                "latency", "query", "query-rate", "query-command-rate", "replay-events", "replay-limit", "observations",
                "replicas", "feeds", "feed-quiet"));
        if (s.replicas() < 1 || s.replicas() > 4) {
            throw new IllegalArgumentException("--replicas must be from 1 to 4, got " + s.replicas());
        }
        if (!o.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + o.keySet());
        }
        return s;
    }

    /** At least as long and as large as the default full run: only then is a comparison with an earlier full run fair. */
    boolean full() {
        return !replayOnly && sustain.toSeconds() >= 60 && concurrency >= 64 && replayEvents >= 1_000_000 && warmupLimit.toSeconds() >= 420;
    }

    private static Duration seconds(Map<String, String> o, String name, int dflt) {
        return Duration.ofSeconds(Long.parseLong(o.getOrDefault(name, "" + dflt).replace("s", "")));
    }

    private static int integer(Map<String, String> o, String name, int dflt) {
        return Integer.parseInt(o.getOrDefault(name, "" + dflt).replace("_", ""));
    }

    private static double number(Map<String, String> o, String name, double dflt) {
        return Double.parseDouble(o.getOrDefault(name, "" + dflt));
    }
}
