package org.learningledger.command.migration;

import java.time.Instant;

/**
 * Where the encryption migration is: {@code state} IDLE, RUNNING, DONE or FAILED; {@code phase} SEALING
 * (rows of the store), REFORWARDING (the internal topic from the store) or DELETING (the old records).
 */
public record MigrationStatus(String state, String phase, long rowsScanned, long rowsTotal, long rowsSealed,
                              long reforwardedTo, long storeHead, long recordsDeleted, Instant startedAt,
                              Instant finishedAt, String message) {

    static MigrationStatus idle() {
        return new MigrationStatus("IDLE", null, 0, 0, 0, 0, 0, 0, null, null, null);
    }
}
