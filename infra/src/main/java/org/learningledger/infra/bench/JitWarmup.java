package org.learningledger.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Warm-up until the services' JIT compilers have settled. On 2 cores the C1/C2 compiler threads of the two service
 * JVMs take ~0.3 cores for the first 3-4 minutes under load, and the code they are replacing runs slower: figures
 * taken before then measure the JIT, not the ledger (measured: 320 commands/s sustained after a 20 s warm-up,
 * 807/s after 300 s). So the load runs in rounds until the compiler threads used under {@link #SETTLED_CORES} in
 * the last round, for at least the minimum and at most the limit.
 */
final class JitWarmup {

    static final double SETTLED_CORES = 0.05;
    private static final Duration ROUND = Duration.ofSeconds(15);

    /** How long it took, and the compilers' share in the last round. */
    record Result(Duration took, double compilerCores, boolean settled) {
    }

    interface Load {
        void run(Duration duration) throws InterruptedException;
    }

    private JitWarmup() {
    }

    static Result run(Collection<Long> jvmPids, Duration minimum, Duration limit, Load load, Consumer<String> say)
            throws InterruptedException {
        Duration max = limit.compareTo(minimum) < 0 ? minimum : limit;
        long start = System.nanoTime();
        while (true) {
            Map<Path, Long> before = compilerTicks(jvmPids);
            long roundStart = System.nanoTime();
            Duration round = max.compareTo(ROUND) < 0 ? max : ROUND;
            load.run(round);
            // Per thread, since the JVM may start and stop compiler threads as the queue grows and shrinks.
            long ticks = compilerTicks(jvmPids).entrySet().stream()
                    .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
            double cores = ticks / Cpu.TICKS / ((System.nanoTime() - roundStart) / 1e9);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            boolean settled = cores < SETTLED_CORES;
            say.accept(String.format("warm-up %d s: JIT compiler threads of the services %.2f cores%s", took.toSeconds(),
                    cores, settled ? " (settled)" : ""));
            if ((settled && took.compareTo(minimum) >= 0) || took.compareTo(max) >= 0) {
                return new Result(took, cores, settled);
            }
        }
    }

    /** CPU ticks of each thread named "C1 CompilerThre…" / "C2 CompilerThre…" of these JVMs, by its /proc entry. */
    static Map<Path, Long> compilerTicks(Collection<Long> pids) {
        Map<Path, Long> ticks = new HashMap<>();
        for (Long pid : pids) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", pid.toString(), "task"))) {
                tasks.forEach(task -> ticks.put(task, compilerThreadTicks(task)));
            } catch (IOException e) {
                // the process ended: nothing to count
            }
        }
        return ticks;
    }

    private static long compilerThreadTicks(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.matches("C[12] CompilerThre.*")) {
                return 0;
            }
            return Cpu.statTicks(stat, false);
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended
        }
    }
}
