package org.learningledger.infra.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stalls one of the command service's own write transactions after it took its global index: the test holds an
 * uncommitted row in {@code directory_member}, so the service's MemberAdded transaction (event row inserted, index
 * taken) waits on it when it updates its directory in the same transaction. Other commands meanwhile commit events
 * with higher indexes: the forwarder sees a gap. The service's {@code transaction_timeout} must bound the stall.
 *
 * @param status what the stalled command answered
 * @param millis how long it took to answer
 * @param othersAcknowledgedMeanwhile commands acknowledged while the stalled one waited
 */
record StalledCommand(int status, long millis, int othersAcknowledgedMeanwhile) {

    static StalledCommand run(LocalStack stack, LedgerClient admin, UUID team, String user, long holdMillis,
                              CommandLoad load) throws Exception {
        try (Connection blocker = stack.postgres().connect("ledger_command");
             Connection observer = stack.postgres().connect("ledger_command")) {
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement("insert into directory_member values (?, ?)")) {
                insert.setObject(1, team);
                insert.setString(2, user);
                insert.executeUpdate();
            }
            long start = System.nanoTime();
            long[] answeredAt = new long[1];
            CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> {
                int status = admin.addMember(team, user);
                answeredAt[0] = System.nanoTime();
                return status;
            });
            awaitLockWait(observer);
            int acknowledgedBefore = load.acknowledged();
            Thread.sleep(Math.max(0, holdMillis - (System.nanoTime() - start) / 1_000_000));
            int meanwhile = load.acknowledged() - acknowledgedBefore;
            blocker.rollback();
            int status = answer.get(30, TimeUnit.SECONDS);
            return new StalledCommand(status, (answeredAt[0] - start) / 1_000_000, meanwhile);
        }
    }

    /** Until a backend of the command database waits on a lock: the service is stalled inside its transaction. */
    private static void awaitLockWait(Connection observer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try (Statement s = observer.createStatement()) {
            while (System.nanoTime() < deadline) {
                if (LedgerAudit.count(s, "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock'") > 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the command service never waited on the held row");
    }
}
