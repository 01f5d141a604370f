package org.learningledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing kept longer than needed (DESIGN principle 8): a rebuild keeps the old tables in
 * {@code retired_<millis>} to look back at, a copy of every read model (private text in clear
 * included). They are dropped once older than {@code ledger.query.rebuild.keep-retired} (7 days by
 * default), at start-up and hourly, through {@link Rebuilds} so that a rebuild in progress is never
 * cut into.
 */
@Component
@EnableScheduling
public class RetiredSchemaPurge {

    private final Rebuilds rebuilds;
    private final Duration keepRetired;

    RetiredSchemaPurge(Rebuilds rebuilds, @Value("${ledger.query.rebuild.keep-retired:7d}") Duration keepRetired) {
        this.rebuilds = rebuilds;
        this.keepRetired = keepRetired;
    }

    @Scheduled(initialDelayString = "${ledger.query.purge.first-run-after:PT0S}", fixedDelayString = "PT1H")
    void scheduled() {
        purge(Instant.now());
    }

    /** Drops the retired schemas made before {@code now} minus the period; answers their names. */
    public List<String> purge(Instant now) {
        return rebuilds.dropRetiredBefore(now.minus(keepRetired));
    }
}
