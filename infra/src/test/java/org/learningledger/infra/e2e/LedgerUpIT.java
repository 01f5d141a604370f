package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code infra/ledger up} itself, as a user runs it: when a part dies on its own (here the PostgreSQL
 * server, by kill -9 of the postmaster, not of the launcher that {@code up} started), {@code up} says
 * which part died and stops everything, instead of running on while both services answer 503.
 */
class LedgerUpIT {

    @TempDir
    Path home;

    private Process up;

    @AfterEach
    void stopUp() throws InterruptedException {
        if (up != null && up.isAlive()) {
            up.destroy(); // SIGTERM: up stops its parts in order
            if (!up.waitFor(90, TimeUnit.SECONDS)) {
                up.descendants().forEach(ProcessHandle::destroyForcibly);
                up.destroyForcibly();
            }
        }
    }

    @Test
    void givenARunningLedger_whenThePostgresServerIsKilled_thenUpSaysSoAndStopsEverything() throws Exception {
        int commandPort = StackPostgres.freePort();
        int queryPort = StackPostgres.freePort();
        Path output = home.resolve("up.out");
        ProcessBuilder builder = new ProcessBuilder("bash", root().resolve("infra/ledger").toString(), "up")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("LEDGER_HOME", home.resolve("ledger").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LEDGER_PG_PORT", Integer.toString(StackPostgres.freePort()));
        env.put("LEDGER_KAFKA_PORT", Integer.toString(StackPostgres.freePort()));
        env.put("LEDGER_KAFKA_CONTROLLER_PORT", Integer.toString(StackPostgres.freePort()));
        env.put("LEDGER_ISSUER_PORT", Integer.toString(StackPostgres.freePort()));
        env.put("COMMAND_PORT", Integer.toString(commandPort));
        env.put("QUERY_PORT", Integer.toString(queryPort));
        up = builder.start();

        Awaitility.await("up is up").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !up.isAlive() || Files.readString(output).contains("Learning ledger is up"));
        assertThat(up.isAlive()).as(Files.readString(output)).isTrue();

        long postmaster = Long.parseLong(Files.readAllLines(home.resolve("ledger/postgres/data/postmaster.pid"))
                .get(0).trim());
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

        assertThat(up.waitFor(2, TimeUnit.MINUTES)).as("up stops on its own").isTrue();
        String said = Files.readString(output);
        assertThat(up.exitValue()).as(said).isNotZero();
        assertThat(said).contains("PostgreSQL server (pid " + postmaster + ") died")
                .contains("postgres exited unexpectedly; stopping the rest").contains("ledger stopped");
        assertThat(listening(commandPort)).as("command service stopped").isFalse();
        assertThat(listening(queryPort)).as("query service stopped").isFalse();
    }

    private static Path root() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
