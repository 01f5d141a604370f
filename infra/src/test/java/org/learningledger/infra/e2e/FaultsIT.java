package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Crashes under load, on real processes with a durable PostgreSQL: every command the client saw acknowledged must
 * end up in the read models exactly once and in order per aggregate. The command service runs with a short gap
 * timeout (6 s) and transaction timeout (2 s) so the stalled-transaction case fits in seconds. The third case
 * runs a second instance of each service behind HAProxy, as {@code infra/ledger up --replicas 2} does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final long START = System.nanoTime();
    private static LocalStack stack;
    private static LedgerClient member;
    private static LedgerClient admin;
    private static UUID team;

    @BeforeAll
    static void startStack() throws Exception {
        stack = LocalStack.durable("faults", Map.of("LEDGER_STORE_GAP_TIMEOUT", "6s",
                "LEDGER_STORE_TRANSACTION_TIMEOUT", "2s")).startAll();
        member = new LedgerClient(stack, "jana");
        admin = new LedgerClient(stack, "admin", "admin");
        team = admin.teamWithMembers("jana");
        log("stack up");
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        log("fault suite done");
    }

    @Test
    @Order(1)
    void givenSteadyLoad_whenEachPartIsKilledAndRestartedInTurn_thenEveryAcknowledgedCommandIsReadOnceInOrder() throws Exception {
        CommandLoad load = new CommandLoad(member, team, 3);
        try (load) {
            load.awaitMore(20, 60_000);
            Map<String, Runnable> crashes = new java.util.LinkedHashMap<>();
            crashes.put("command service", () -> { stack.command().kill(); stack.startCommand(); });
            crashes.put("query service", () -> { stack.query().kill(); stack.startQuery(); });
            crashes.put("Kafka broker", () -> { stack.kafka().kill(); stack.startKafka(); });
            crashes.put("PostgreSQL", () -> { stack.killPostgres(); stack.startPostgres(); });
            for (Map.Entry<String, Runnable> crash : crashes.entrySet()) {
                crash.getValue().run();
                load.awaitMore(20, 120_000); // serving again, under load
                log("kill -9 " + crash.getKey() + ", restarted, serving again; acknowledged so far " + load.acknowledged());
            }
        }
        assertThat(load.refused).as("refused outright (4xx on a first attempt)").isEmpty();
        log("acknowledged " + load.acknowledged() + ", uncertain " + load.uncertain.size() + " " + load.uncertain);
        assertEverythingAcknowledgedReadOnceInOrder(load);
    }

    @Test
    @Order(2)
    void givenServiceTransactionStalledAfterTakingItsIndex_whenOthersCommit_thenNoEventSkippedAndTimeoutBoundsIt() throws Exception {
        CommandLoad load = new CommandLoad(member, team, 2);
        StalledCommand longStall;
        StalledCommand shortStall;
        try (load) {
            load.awaitMore(10, 60_000);
            // held 8 s, beyond the 6 s gap timeout: PostgreSQL ends the service's transaction at 2 s
            longStall = StalledCommand.run(stack, admin, team, "stalled-user", 8_000, load);
            // held 1 s, within the 2 s bound: it commits late, behind events with higher indexes
            shortStall = StalledCommand.run(stack, admin, team, "late-user", 1_000, load);
            load.awaitMore(10, 60_000);
        }
        log("long stall: " + longStall + "; short stall: " + shortStall);
        assertThat(longStall.status() / 100).as("the stalled command is refused, not acknowledged").isNotEqualTo(2);
        assertThat(longStall.millis()).as("bounded by transaction_timeout (2 s), not by the 8 s lock").isBetween(1_500L, 6_000L);
        assertThat(longStall.othersAcknowledgedMeanwhile()).isPositive();
        assertThat(shortStall.status()).isBetween(200, 299);
        assertThat(shortStall.othersAcknowledgedMeanwhile()).as("later indexes committed before it").isPositive();

        LedgerAudit audit = new LedgerAudit(stack);
        Set<String> membersStored = audit.store().stream().filter(e -> e.type().equals("MemberAdded"))
                .map(e -> e.payload().path("userId").asString()).collect(Collectors.toSet());
        assertThat(membersStored).contains("late-user").doesNotContain("stalled-user");
        assertEverythingAcknowledgedReadOnceInOrder(load); // includes the late MemberAdded: team's applied sequence
        assertThat(TopicAudit.read(stack.kafkaBootstrap()).records).anyMatch(r -> r.type().equals("MemberAdded")
                && r.payload().path("userId").asString().equals("late-user"));
    }

    @Test
    @Order(3)
    void givenTwoInstancesOfEachServiceBehindHaproxy_whenOneOfEachIsKilledUnderLoad_thenNothingAcknowledgedIsLostAndNoConflictShows()
            throws Exception {
        CommandLoad load;
        try (Replicas replicas = stack.startReplicas()) {
            LedgerClient throughLb = member.through(replicas.commandUrl(""), replicas.queryUrl(""));
            load = new CommandLoad(throughLb, team, 4);
            try (load) {
                load.awaitMore(30, 60_000); // spread over both instances of each
                stack.command().kill();
                stack.query().kill();
                log("kill -9 the first command and query services; acknowledged so far " + load.acknowledged());
                load.awaitMore(40, 60_000);
                log("the second instances serve alone; acknowledged so far " + load.acknowledged());
                stack.startServices();
                load.awaitMore(20, 60_000);
            }
            UUID started = load.experiments.entrySet().stream().filter(e -> e.getValue().started)
                    .map(Map.Entry::getKey).findAny().orElseThrow();
            await().atMost(Duration.ofSeconds(60)).until(() -> throughLb.experiment(started) != null);
        }
        List<String> failedAttempts = load.attempts.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(a -> !a.matches(".*:2\\d\\d$")).map(a -> e.getKey() + " " + a))
                .toList();
        log("attempts not answered 2xx through the load balancer: " + failedAttempts.size() + " " + failedAttempts);
        assertThat(failedAttempts).as("no conflict shown to the user").noneMatch(a -> a.endsWith(":409"));
        assertThat(load.refused).as("refused outright (4xx on a first attempt)").isEmpty();
        assertEverythingAcknowledgedReadOnceInOrder(load);
    }

    @Test
    @Order(4)
    void givenQueryConsumerRewoundToOffsetZero_whenItReplaysEverything_thenNoReadModelChanges() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(new LedgerAudit(stack).readModelDifferences()).isEmpty());
        Map<String, String> before;
        try (Connection c = stack.postgres().connect("ledger_query")) {
            before = ReadModelChecksum.of(c);
        }
        stack.query().kill();
        try (Connection c = stack.postgres().connect("ledger_query"); Statement s = c.createStatement()) {
            s.executeUpdate("delete from consumer_position");
        }
        stack.startQuery(Map.of("QUERY_CONSUMER_GROUP", "rewound-" + UUID.randomUUID()));
        Map<Integer, Long> end = TopicAudit.endOffsets(stack.kafkaBootstrap());
        await().atMost(Duration.ofSeconds(120)).until(() -> end.equals(positions()));
        try (Connection c = stack.postgres().connect("ledger_query")) {
            assertThat(ReadModelChecksum.of(c)).isEqualTo(before);
        }
        log("replayed " + end + " records from offset 0; read model checksums unchanged: " + before);
    }

    private static Map<Integer, Long> positions() throws Exception {
        try (Connection c = stack.postgres().connect("ledger_query"); Statement s = c.createStatement();
             var rs = s.executeQuery("select partition, next_offset from consumer_position")) {
            Map<Integer, Long> positions = new HashMap<>();
            while (rs.next()) {
                positions.put(rs.getInt(1), rs.getLong(2));
            }
            return positions;
        }
    }

    /** Collects every kind of problem before failing, so one run shows all of them. */
    private static void assertEverythingAcknowledgedReadOnceInOrder(CommandLoad load) throws Exception {
        LedgerAudit audit = new LedgerAudit(stack);
        List<String> problems = new ArrayList<>(audit.acknowledgedButNotStored(load));
        List<String> differences = audit.readModelDifferences();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos(); // Axon's forwarder retry back-off grows to 60 s
        while (!differences.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            differences = audit.readModelDifferences();
        }
        problems.addAll(differences);
        TopicAudit topic = TopicAudit.read(stack.kafkaBootstrap());
        problems.addAll(topic.outOfOrder);
        Set<String> onTopic = topic.records.stream().map(r -> r.aggregate() + "/" + r.sequence()).collect(Collectors.toSet());
        audit.store().stream().filter(e -> !onTopic.contains(e.aggregate() + "/" + e.sequence()))
                .forEach(e -> problems.add("stored, never on Kafka: global index " + e.globalIndex() + ", " + e.type()
                        + " " + e.sequence() + " of " + e.aggregate()));
        log("topic: " + topic.records.size() + " records, " + topic.copies + " re-sent copies; problems: " + problems.size());
        assertThat(problems).as("acknowledged => stored once => on Kafka in order => read once").isEmpty();
    }

    private static void log(String line) {
        System.out.printf("[faults %5.1f s] %s%n", (System.nanoTime() - START) / 1e9, line);
    }
}
