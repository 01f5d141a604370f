package org.learningledger.infra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the CPU went during a phase, in cores, from /proc: each service JVM, the broker, PostgreSQL (postmaster,
 * live backends, and the exited ones it reaped), this bench JVM, and everything else on the machine, since on a
 * 2-core box other work changes every figure.
 */
final class Cpu {

    static final double TICKS = 100.0; // USER_HZ on Linux

    private final Map<String, Long> pids;
    private Map<String, Long> before;
    private long startNanos;

    Cpu(Map<String, Long> pids) {
        this.pids = pids;
    }

    void start() {
        before = ticks();
        startNanos = System.nanoTime();
    }

    /** Cores used per part since {@link #start()}. */
    Map<String, Double> cores() {
        Map<String, Long> after = ticks();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        after.forEach((name, t) -> cores.put(name, (t - before.getOrDefault(name, 0L)) / TICKS / seconds));
        double ours = cores.entrySet().stream().filter(e -> !e.getKey().equals("machine")).mapToDouble(Map.Entry::getValue).sum();
        cores.put("other", Math.max(0, cores.remove("machine") - ours));
        return cores;
    }

    private Map<String, Long> ticks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long sum = processTicks(pid, name.equals("postgres"));
            if (name.equals("postgres")) {
                sum += ProcessHandle.of(pid).map(p -> p.children().mapToLong(c -> processTicks(c.pid(), false)).sum()).orElse(0L);
            }
            ticks.put(name, sum);
        });
        ticks.put("bench", processTicks(ProcessHandle.current().pid(), false));
        ticks.put("machine", machineBusyTicks());
        return ticks;
    }

    /** utime + stime (+ cutime + cstime: reaped children, for the postmaster). */
    private static long processTicks(long pid, boolean withChildren) {
        try {
            return statTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withChildren);
        } catch (Exception e) {
            return 0;
        }
    }

    /** CPU ticks from the text of a /proc {@code stat} file, of a process or of one of its threads. */
    static long statTicks(String stat, boolean withChildren) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (Exception e) {
            return 0;
        }
    }
}
