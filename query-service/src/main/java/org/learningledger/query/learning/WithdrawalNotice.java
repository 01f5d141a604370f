package org.learningledger.query.learning;

import java.time.Instant;
import java.util.UUID;

/** That a learning was withdrawn, and when: the fact only, never what it said or why. */
public record WithdrawalNotice(UUID learningId, Instant withdrawnAt) {
}
