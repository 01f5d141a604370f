package org.learningledger.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes a data directory startable after a crash. PostgreSQL refuses to start while {@code postmaster.pid} names a
 * live process, and under zonky as root it runs in a user namespace, where probing a foreign pid answers EPERM,
 * which PostgreSQL reads as "alive": a pid reused by any other process would block every later start.
 * Two cases remain after a crash of the launcher JVM:
 * <ul>
 *   <li>the file names a PostgreSQL still serving this directory (the launcher was SIGKILLed, its server lives on):
 *       shut that server down (fast shutdown, as {@code pg_ctl stop -m fast} does), then start afresh;</li>
 *   <li>the file names no process, or another program: the file is stale, delete it.</li>
 * </ul>
 */
final class StalePostmaster {

    private StalePostmaster() {
    }

    /** Returns a line for the log when it did something, empty when the directory was clean. */
    static Optional<String> clear(Path dataDir, Duration shutdownWait) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
        if (process.isPresent() && servesThisDirectory(pid, dataDir)) {
            // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            try {
                process.get().onExit().get(shutdownWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("an orphaned PostgreSQL (pid " + pid + ") on " + dataDir
                        + " did not stop within " + shutdownWait.toSeconds() + " s; stop it by hand");
            }
            return Optional.of("Stopped an orphaned PostgreSQL (pid " + pid + ") left running on " + dataDir);
        }
        Files.deleteIfExists(pidFile);
        return Optional.of("Removed a stale postmaster.pid (pid " + pid + " is not a PostgreSQL on this directory)");
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The postmaster's command line carries {@code -D <dataDir>}; /proc is there on Linux, the only platform here. */
    private static boolean servesThisDirectory(long pid, Path dataDir) {
        try {
            String comm = Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8).trim();
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
            return comm.equals("postgres") && List.of(cmdline.split("\0")).contains(dataDir.toString());
        } catch (IOException e) {
            return false; // gone in the meantime, or not ours to read
        }
    }
}
