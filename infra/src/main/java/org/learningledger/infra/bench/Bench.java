package org.learningledger.infra.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.HdrHistogram.Histogram;

/**
 * {@code infra/ledger bench [--quick]}: the ledger measured against this machine's own limits, in one run, on a
 * fresh stack. Prints progress and a table, writes JSON to {@code --out} (default infra/target/bench).
 */
public final class Bench {

    private static final long T0 = System.nanoTime();

    private Bench() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the HTTP client's threads are not daemons: without this a failed run never ends
    }

    /** The whole bench; returns its report (the smoke test reads it). */
    static Report run(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        Report r = new Report();
        r.put("date", LocalDateTime.now().withNano(0).toString());
        r.put("machine", Machine.describe());
        r.put("settings", s.toString());
        r.put("encryption", "on: personal text sealed with AES-256-GCM, a data key per content item wrapped under the"
                + " stack's KEK (keys/kek); the replay's generated events sealed the same way, keys in the command service's key table");
        r.put("before_encryption", BeforeEncryption.README.json());
        say("bench data in " + s.dir() + (s.keep() ? " (kept)" : " (deleted at the end)"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();
        try (BenchStack stack = new BenchStack(s.dir(), s.replicas())) {
            // Ctrl-C or SIGTERM: stop the children too, or the broker and services would outlive the bench.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stack.close();
                } catch (Exception e) {
                    System.err.println("stopping the bench stack: " + e);
                }
            }, "bench-stop"));
            say("PostgreSQL up (fsync, synchronous_commit on); starting Kafka and the services");
            stack.startKafka();
            stack.startServices();
            r.put("service_jvms", stack.jvm.modes);
            r.put("startup_seconds", stack.startupSeconds);
            say("services up: " + stack.jvm.modes + ", seconds to healthy " + stack.startupSeconds);
            if (s.replayOnly()) {
                // Profiling the rebuild alone: no raw limits, no load; the replay reads only its generated events.
                replay(r, stack, s, Double.NaN);
                return finish(r, s);
            }
            stack.createDatabase("bench_raw");
            double jdbc1 = RawLimits.jdbcCommitsPerSecond(stack, 1, s.raw());
            double jdbc16 = RawLimits.jdbcCommitsPerSecond(stack, 16, s.raw());
            say(String.format("raw JDBC insert+commit: %,.0f/s on 1 connection, %,.0f/s on 16", jdbc1, jdbc16));
            double[] kafka = RawLimits.kafkaRecordsPerSecond(stack, s.kafkaRecords());
            say(String.format("raw Kafka 1 KB acks=all: produce %,.0f/s, consume %,.0f/s", kafka[0], kafka[1]));
            r.row("PostgreSQL single-row insert+commit, 1 connection", rate(jdbc1), "", null, "raw limit");
            r.row("PostgreSQL single-row insert+commit, 16 connections", rate(jdbc16), "", null, "raw limit");
            r.row("Kafka produce, 1 KB, acks=all", rate(kafka[0]), "", null, "raw limit");
            r.row("Kafka consume, 1 KB", rate(kafka[1]), "", null, "raw limit");

            Workload workload = Workload.register(http, stack.commandUrl(""), stack.issuer, 8, 4, s.observations());
            CommandDriver driver = new CommandDriver(http, stack.commandUrl(""), workload);
            Map<String, Long> pids = new LinkedHashMap<>();
            stack.services.forEach((name, child) -> pids.put(name, child.pid()));
            pids.put("postgres", stack.postgresPid());
            Cpu cpu = new Cpu(pids);
            try (LagMonitor lag = new LagMonitor(stack)) {
                say("warm-up: " + s.concurrency() + " requests in flight until the services' JIT compilers settle (at least "
                        + s.warmup().toSeconds() + " s, at most " + s.warmupLimit().toSeconds() + " s)");
                JitWarmup.Result warm = JitWarmup.run(stack.servicePids(), s.warmup(), s.warmupLimit(),
                        d -> driver.closedLoop(s.concurrency(), d), Bench::say);
                r.put("warmup", Map.of("seconds", warm.took().toSeconds(), "jit_compiler_cores_last_round",
                        warm.compilerCores(), "settled", warm.settled()));
                r.row("warm-up under load until the JIT compilers settle", String.format("%d s, compilers %.2f cores at the end%s",
                        warm.took().toSeconds(), warm.compilerCores(), warm.settled() ? "" : " (not settled)"), "", null,
                        "services: " + String.join("; ", new LinkedHashSet<>(stack.jvm.modes.values())));
                LagMonitor.Sample base = drained(lag);

                say("sustained command load: " + s.concurrency() + " requests in flight for " + s.sustain().toSeconds() + " s");
                long before = driver.accepted.get();
                cpu.start();
                List<LagMonitor.Sample> samples = lag.during(base, () -> { }, () -> driver.closedLoop(s.concurrency(), s.sustain()));
                Map<String, Double> cores = cpu.cores();
                Sustained sustained = Sustained.of(samples, driver.accepted.get() - before, s.sustain(), cores, Bench::say);
                sustained.report(r, jdbc1, jdbc16, s.full());
                Duration drain = Sustained.drain(lag, base);
                r.put("drain_seconds", drain.toMillis() / 1000.0);
                say("query side caught up " + drain.toMillis() / 1000.0 + " s after the load stopped");

                double half = sustained.endToEnd() / 2;
                say(String.format("open loop at half the sustained rate: %,.0f commands/s for %d s", half, s.latency().toSeconds()));
                Histogram ack = CommandDriver.histogram();
                VisibilityProbe probe = new VisibilityProbe(http, stack.queryUrl(""), Math.max(1, (int) (half / VisibilityProbe.PER_SECOND)));
                cpu.start();
                long phaseStart = System.currentTimeMillis();
                ServiceHistogram intake = ServiceHistogram.intake(http, stack.queryUrl(""));
                driver.openLoop(half, s.latency(), ack, probe);
                probe.drain();
                ServiceHistogram.Summary applied = intake.sinceStart();
                r.put("latency_cpu_cores", cpu.cores());
                Histogram forwarded = ForwarderDelay.since(stack, phaseStart);
                r.put("forwarder_delay", Report.percentiles(forwarded));
                say("of which event stored -> sent to Kafka by the forwarder: " + Report.latencies(forwarded));
                say("of which event -> committed in the read models: " + applied);
                r.put("intake_delay", applied.events() == 0 ? "n/a" : Map.of("events", applied.events(),
                        "p50_ms_at_most", applied.p50Millis(), "p99_ms_at_most", applied.p99Millis()));
                say("command acknowledged: " + Report.latencies(ack));
                say("visible on the query API: " + Report.latencies(probe.visible) + " (" + probe.visible.getTotalCount() + " probes)");
                r.put("latency_rate", half);
                r.put("command_ack_latency", Report.percentiles(ack));
                r.put("visibility_latency", Report.percentiles(probe.visible));
                r.row(String.format("command acknowledged, open loop %,.0f/s", half), Report.latencies(ack), "", null, "");
                r.row("  of which stored -> on Kafka (forwarder)", Report.latencies(forwarded), "", null, "");
                r.row("  of which event -> in the read models (intake)", applied.toString(), "", null, "");
                double p50 = Report.ms(probe.visible.getValueAtPercentile(50));
                double p99 = Report.ms(probe.visible.getValueAtPercentile(99));
                r.row(String.format("end-to-end visible, open loop %,.0f/s", half), Report.latencies(probe.visible),
                        "p50 <= 20, p99 <= 100 ms", p50 <= 20 && p99 <= 100, String.format("p50 = %.1f x a 1-connection commit", p50 / (1000 / jdbc1)));

                say(String.format("queries %,.0f/s with %,.0f commands/s alongside, %d s", s.queryRate(), s.queryCommandRate(), s.query().toSeconds()));
                QueryLoad queries = new QueryLoad();
                Thread commands = new Thread(() -> {
                    try {
                        driver.openLoop(s.queryCommandRate(), s.query(), CommandDriver.histogram(), CommandDriver.Probe.NONE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                ServiceHistogram inside = ServiceHistogram.served(http, stack.queryUrl(""), "/api/experiments/{id}");
                cpu.start();
                commands.start();
                queries.run(http, stack.queryUrl(""), driver.readable, s.queryRate(), s.query());
                commands.join();
                ServiceHistogram.Summary served = inside.sinceStart();
                r.put("query_served_in_service", served.events() == 0 ? "n/a" : Map.of("requests", served.events(),
                        "p50_ms_at_most", served.p50Millis(), "p99_ms_at_most", served.p99Millis()));
                r.put("query_cpu_cores", cpu.cores());
                r.put("query_latency", Report.percentiles(queries.latency));
                r.put("query_errors", queries.errors.get());
                r.put("query_failures", queries.failures.toString());
                say("query: " + Report.latencies(queries.latency) + ", errors " + queries.errors.get() + " "
                        + queries.failures);
                r.row(String.format("query GET experiment at %,.0f/s (+%,.0f commands/s)", s.queryRate(), s.queryCommandRate()),
                        Report.latencies(queries.latency) + (queries.errors.get() == 0 ? ""
                                : String.format(", %,d failed %s", queries.errors.get(), queries.failures)),
                        "p99 <= 25 ms", Report.ms(queries.latency.getValueAtPercentile(99)) <= 25, "");
                r.row("  of which past shedding, inside the query service", served.toString(), "", null, "");
                QueryLoad.overload(r, http, stack.queryUrl(""), driver.readable, 2 * s.queryRate(), s.query());
                drained(lag); // the feeds' figures are the feeds' alone, not the intake's catching up
                FeedLoad.report(r, http, stack, workload, s);
                r.put("replicas", s.replicas());
                r.put("commands_failed", driver.failed.get());
                r.put("commands_conflicts", driver.conflicts.get());
                r.put("commands_failures", driver.failureCounts());
                r.row("commands not accepted, whole run" + (s.replicas() > 1 ? ", " + s.replicas() + " instances of each" : ""),
                        String.format("%,d of %,d (%,d conflicts)%s", driver.failed.get(),
                                driver.failed.get() + driver.accepted.get(), driver.conflicts.get(),
                                driver.failures.isEmpty() ? "" : " " + driver.failureCounts()),
                        "0 conflicts", driver.conflicts.get() == 0, "");
            }

            replay(r, stack, s, kafka[1]);
        } finally {
            if (!s.keep() && Files.isDirectory(s.dir())) {
                try (var paths = Files.walk(s.dir())) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return finish(r, s);
    }

    private static Report finish(Report r, Settings s) throws Exception {
        System.out.println();
        System.out.print(r.table());
        String name = "bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json";
        say("written " + r.write(s.out(), name));
        return r;
    }

    /** Appends the generated history and times a fresh query service rebuilding from the whole topic. */
    private static void replay(Report r, BenchStack stack, Settings s, double kafkaConsume) throws Exception {
        // The command service stays up: it is where the replaying query service gets the data keys.
        say("replay: stopping the query service, appending " + s.replayEvents() + " generated sealed events to ledger.events"
                + " (their data keys registered in the command service's key table)");
        stack.stopQueries();
        long total = RawLimits.topicSize(stack) + s.replayEvents();
        long seedStart = System.nanoTime();
        long dataKeys = Replay.generate(stack, s.replayEvents(), s.observations(), Bench::say);
        r.put("replay_data_keys", dataKeys);
        say(String.format("generated and sealed in %.1f s, %,d data keys", (System.nanoTime() - seedStart) / 1e9, dataKeys));
        Replay.Result replay = Replay.time(stack, total, s.replayLimit().toSeconds(), Bench::say);
        r.put("replay", replay);
        say(String.format("replay: %s events/s at 100K, %,.0f events/s over %,d events", replay.events() < 100_000 ? "n/a"
                : String.format("%,.0f", replay.perSecond100k()), replay.perSecond(), replay.events()));
        say("replay: CPU microseconds per event " + replay.cpuMicrosPerEvent());
        BeforeEncryption before = BeforeEncryption.README;
        r.row("replay, rate at 100K events, encryption on", replay.events() < 100_000 ? "n/a" : rate(replay.perSecond100k()), ">= 100,000/s",
                replay.perSecond100k() >= 100_000,
                String.format("%.2f x Kafka consume", replay.perSecond100k() / kafkaConsume));
        if (replay.events() >= 100_000) {
            before.row(r, "replay at 100K", before.replay100k(), replay.perSecond100k(), s.full());
        }
        r.row(String.format("replay, rate at %,d events, encryption on", replay.events()), rate(replay.perSecond()), ">= 100,000/s, no slowdown",
                replay.perSecond() >= 100_000 && !(replay.perSecondAfter100k() < 0.9 * replay.perSecond100k()),
                String.format("%.2f x Kafka consume, %,d data keys to fetch", replay.perSecond() / kafkaConsume, dataKeys));
        before.row(r, String.format("replay at %,d", before.replayEvents()), before.replayEnd(), replay.perSecond(), s.full());
    }

    /** Waits until the query side has caught up; the sample then is the baseline of "lag 0". */
    private static LagMonitor.Sample drained(LagMonitor lag) throws Exception {
        LagMonitor.Sample s = lag.sample(0);
        for (int i = 0; i < 600 && s.applied() < s.onKafka(); i++) {
            Thread.sleep(200);
            s = lag.sample(0);
        }
        return s;
    }

    static String rate(double perSecond) {
        return String.format("%,.0f/s", perSecond);
    }

    static void say(String line) {
        System.out.printf("[bench %6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, line);
    }
}
