package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.learningledger.infra.Part;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code infra/ledger up} itself, as a user runs it: when a part dies on its own (here the PostgreSQL
 * server, by kill -9 of the postmaster, not of the launcher that {@code up} started), {@code up} says
 * which part died and stops everything, instead of running on while both services answer 503. Its first
 * start makes the keys of encryption in {@code $LEDGER_HOME/keys} (owner-only) and later starts reuse them;
 * an operator's own KEK is passed through instead.
 */
class LedgerUpIT {

    @TempDir
    Path home;

    private Process up;
    private int commandPort;
    private int queryPort;

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

    /** One stack started twice (each start costs half a minute): the second start is the one whose PostgreSQL dies. */
    @Test
    void givenAFirstStart_whenStartedAgain_thenTheSameKeysArePassed_andWhenItsPostgresServerIsKilled_thenUpSaysSoAndStopsEverything()
            throws Exception {
        startUp("first.out", Map.of(), "Learning ledger is up");
        assertKeysMadeAndPassed();
        String kek = Files.readString(keys().resolve("kek"));
        String secret = Files.readString(keys().resolve("internal.secret"));
        stopUpCleanly();

        Path second = startUp("second.out", Map.of(), "Learning ledger is up");

        assertThat(Files.readString(second)).doesNotContain("creating the key-encryption key");
        assertThat(Files.readString(keys().resolve("kek"))).as("the KEK is never replaced").isEqualTo(kek);
        assertThat(Files.readString(keys().resolve("internal.secret"))).isEqualTo(secret);
        assertKeysMadeAndPassed();

        // kill -9 of the postmaster itself, not of the launcher that up started
        long postmaster = Long.parseLong(Files.readAllLines(home.resolve("ledger/postgres/data/postmaster.pid"))
                .get(0).trim());
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

        assertThat(up.waitFor(2, TimeUnit.MINUTES)).as("up stops on its own").isTrue();
        String said = Files.readString(second);
        assertThat(up.exitValue()).as(said).isNotZero();
        assertThat(said).contains("PostgreSQL server (pid " + postmaster + ") died")
                .contains("postgres exited unexpectedly; stopping the rest").contains("ledger stopped");
        assertThat(listening(commandPort)).as("command service stopped").isFalse();
        assertThat(listening(queryPort)).as("query service stopped").isFalse();
    }

    @Test
    void givenAnOperatorsOwnKek_whenUpStarts_thenNoKekFileIsMadeAndTheirsIsPassedOn() throws Exception {
        String own = "7:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        Path output = startUp("own.out", Map.of("LEDGER_KEK", own), "Learning ledger is up");

        assertThat(keys().resolve("kek")).doesNotExist();
        assertThat(mode(keys().resolve("internal.secret"))).isEqualTo("rw-------");
        assertThat(Files.readString(output)).contains("KEK from LEDGER_KEK");
        Map<String, String> command = environment("command");
        assertThat(command).containsEntry("LEDGER_KEK", own).doesNotContainKey("LEDGER_KEK_FILE");
        stopUpCleanly();
    }

    /** The key files exist owner-only and both services were given them (read from their /proc environment). */
    private void assertKeysMadeAndPassed() throws IOException {
        Path kek = keys().resolve("kek");
        Path secret = keys().resolve("internal.secret");
        assertThat(mode(keys())).isEqualTo("rwx------");
        assertThat(mode(kek)).isEqualTo("rw-------");
        assertThat(mode(secret)).isEqualTo("rw-------");
        assertThat(Files.readString(kek)).matches("1:[A-Za-z0-9+/]{43}=\n");
        assertThat(Files.readString(secret).trim()).isNotEmpty();
        for (String service : List.of("command", "query")) {
            assertThat(environment(service)).as(service)
                    .containsEntry("LEDGER_KEK_FILE", kek.toString())
                    .containsEntry("LEDGER_INTERNAL_SECRET_FILE", secret.toString())
                    .containsEntry("LEDGER_KEY_SERVICE_URL", "http://localhost:" + commandPort);
        }
    }

    /** Runs {@code infra/ledger up} on fresh ports until its output shows {@code ready}. */
    private Path startUp(String outputName, Map<String, String> extraEnv, String ready) throws Exception {
        commandPort = Part.freePort();
        queryPort = Part.freePort();
        Path output = home.resolve(outputName);
        ProcessBuilder builder = new ProcessBuilder("bash", root().resolve("infra/ledger").toString(), "up")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        for (String inherited : List.of("LEDGER_KEK", "LEDGER_KEK_FILE", "LEDGER_INTERNAL_SECRET",
                "LEDGER_INTERNAL_SECRET_FILE", "LEDGER_KEY_SERVICE_URL")) {
            env.remove(inherited);
        }
        env.put("LEDGER_HOME", home.resolve("ledger").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LEDGER_PG_PORT", Integer.toString(Part.freePort()));
        env.put("LEDGER_KAFKA_PORT", Integer.toString(Part.freePort()));
        env.put("LEDGER_KAFKA_CONTROLLER_PORT", Integer.toString(Part.freePort()));
        env.put("LEDGER_ISSUER_PORT", Integer.toString(Part.freePort()));
        env.put("COMMAND_PORT", Integer.toString(commandPort));
        env.put("QUERY_PORT", Integer.toString(queryPort));
        env.putAll(extraEnv);
        up = builder.start();

        Awaitility.await("up is up").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !up.isAlive() || Files.readString(output).contains(ready));
        assertThat(up.isAlive()).as(Files.readString(output)).isTrue();
        return output;
    }

    private void stopUpCleanly() throws InterruptedException {
        up.destroy();
        assertThat(up.waitFor(2, TimeUnit.MINUTES)).as("up stops on SIGTERM").isTrue();
    }

    private Path keys() {
        return home.resolve("ledger/keys");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** The environment a component of {@code up} runs with, from its pid file and /proc. */
    private Map<String, String> environment(String component) throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("ledger/run/" + component + ".pid")).trim());
        String environ = Files.readString(Path.of("/proc/" + pid + "/environ"));
        Map<String, String> env = new HashMap<>();
        Arrays.stream(environ.split("\0")).filter(e -> e.contains("="))
                .forEach(e -> env.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        return env;
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
