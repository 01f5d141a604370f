package org.learningledger.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

    @TempDir
    Path dataDir;

    private Path pidFile(long pid) throws Exception {
        // The layout PostgreSQL writes: pid, data directory, start time, port, ...
        return Files.writeString(dataDir.resolve("postmaster.pid"), pid + "\n" + dataDir + "\n1700000000\n5433\n");
    }

    @Test
    void leavesACleanDirectoryAlone() throws Exception {
        assertTrue(StalePostmaster.clear(dataDir, Duration.ofSeconds(1)).isEmpty());
    }

    @Test
    void removesAPidFileWhoseProcessIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = pidFile(gone.pid());

        assertTrue(StalePostmaster.clear(dataDir, Duration.ofSeconds(1)).isPresent());
        assertFalse(Files.exists(pidFile));
    }

    /** The case PostgreSQL itself gets wrong under a user namespace: the pid now belongs to some other program. */
    @Test
    void removesAPidFileWhosePidWasReusedByAnotherProgram() throws Exception {
        Path pidFile = pidFile(ProcessHandle.current().pid()); // alive, but a JVM, not a postmaster on this directory

        assertTrue(StalePostmaster.clear(dataDir, Duration.ofSeconds(1)).isPresent());
        assertFalse(Files.exists(pidFile));
        assertTrue(ProcessHandle.current().isAlive());
    }
}
