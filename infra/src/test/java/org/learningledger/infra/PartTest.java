package org.learningledger.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against real child JVMs (PartChild), as the bench and the stack tests use it. */
class PartTest {

    private static final List<String> SMALL = List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path logs;

    private Part child(String... args) {
        return Part.start("child", Part.javaMain(SMALL, PartChild.class, args), Map.of("PART_TEST_SETTING", "given"), logs);
    }

    @Test
    void givenChildGivenASetting_whenItLogsReadyAndIsStopped_thenItSawTheSettingAndRanItsShutdownHook() throws Exception {
        try (Part part = child()) {
            part.awaitLog("ready, setting given", START);
            assertThat(part.alive()).isTrue();
            assertThat(ProcessHandle.of(part.pid())).isPresent();

            part.stop();

            assertThat(part.alive()).isFalse();
            assertThat(Files.readString(part.log())).contains("shutdown hook ran");
            assertThat(part.log()).isEqualTo(logs.resolve("child.log"));
        }
    }

    @Test
    void givenRunningChild_whenKilled_thenItIsGoneWithoutRunningItsShutdownHook() throws Exception {
        try (Part part = child()) {
            part.awaitLog("ready", START);

            part.kill();

            assertThat(part.alive()).isFalse();
            assertThat(Files.readString(part.log())).doesNotContain("shutdown hook ran");
        }
    }

    @Test
    void givenStoppedChild_whenRestarted_thenItRunsAgainAndAwaitLogCountsOnlyWhatThisStartWrote() throws Exception {
        try (Part part = child()) {
            part.awaitLog("ready", START);
            long first = part.pid();
            part.stop();

            part.restart().awaitLog("ready", START);

            assertThat(part.pid()).isNotEqualTo(first);
            assertThat(part.alive()).isTrue();
            assertThatThrownBy(() -> part.awaitLog("shutdown hook ran", Duration.ofSeconds(1)))
                    .as("the first start's line is in the log, but not this start's output")
                    .hasMessageContaining("did not log 'shutdown hook ran'").hasMessageContaining(part.log().toString());
            assertThat(Files.readString(part.log())).containsOnlyOnce("shutdown hook ran");
        }
    }

    @Test
    void givenChildServingHttp_whenAwaitHttp_thenItReturnsOnceTheUrlAnswers200() throws Exception {
        int port = Part.freePort();
        try (Part part = child("serve", String.valueOf(port))) {
            assertThat(part.awaitHttp("http://localhost:" + port + "/health", START)).isSameAs(part);
        }
    }

    @Test
    void givenChildThatExits_whenAwaitHttp_thenItFailsEarlyWithTheExitCodeAndTheLogPath() {
        long started = System.nanoTime();
        try (Part part = child("exit", "3")) {
            assertThatThrownBy(() -> part.awaitHttp("http://localhost:" + Part.freePort() + "/", Duration.ofMinutes(5)))
                    .hasMessageContaining("child exited with 3").hasMessageContaining(part.log().toString());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("long before the 5 min timeout")
                .isLessThan(Duration.ofSeconds(60));
    }

}
