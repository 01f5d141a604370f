package org.learningledger.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code infra/ledger bench --quick}, shrunk further, so the bench code keeps working as the services change.
 * It checks that every phase produced figures, not what they are: on a shared 2-core build machine they mean little.
 */
class BenchSmokeIT {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void givenAQuickRun_whenItEnds_thenEveryPhaseReportedFigures() throws Exception {
        Report report = Bench.run(new String[] {"--quick", "--dir", dir.resolve("run").toString(),
                "--out", dir.resolve("out").toString(), "--raw", "1", "--kafka-records", "5000", "--warmup", "2",
                "--sustain", "3", "--concurrency", "8", "--latency", "3", "--query", "2", "--query-rate", "50",
                "--query-command-rate", "20", "--replay-events", "3000", "--replay-limit", "90", "--feeds", "6", "--feed-quiet", "0"});

        Map<String, Object> json = report.json;
        assertThat((double) ((Map<String, Object>) json.get("sustained")).get("accepted_per_s")).isPositive();
        assertThat((long) ((Map<String, Object>) json.get("visibility_latency")).get("count")).isPositive();
        assertThat((long) ((Map<String, Object>) json.get("query_latency")).get("count")).isPositive();
        assertThat((long) ((Map<String, Object>) json.get("overload_latency")).get("count")).isPositive();
        assertThat(json).containsKey("overload_shed");
        long reasons = ((Map<String, Long>) json.get("commands_failures")).values().stream().mapToLong(Long::longValue).sum();
        assertThat(reasons).as("every command not accepted has its reason").isEqualTo((long) json.get("commands_failed"));
        Map<String, Object> feeds = (Map<String, Object>) json.get("feeds_6");
        assertThat(feeds.get("delivered")).as("each publication on every open feed").isEqualTo(feeds.get("expected"));
        assertThat((long) feeds.get("expected")).isEqualTo(18);
        assertThat(((Replay.Result) json.get("replay")).events()).isGreaterThanOrEqualTo(3000);
        assertThat(dir.resolve("out").toFile().list()).hasSize(1);
        assertThat(report.table()).contains("end-to-end visible", "twice the target", "feed delivery", "replay");
    }
}
