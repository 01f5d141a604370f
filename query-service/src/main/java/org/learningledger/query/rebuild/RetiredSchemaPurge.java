package org.learningledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing kept longer than needed (DESIGN principle 8): a rebuild keeps the old tables in
 * {@code retired_<millis>} to look back at, a copy of every read model (private text in clear
 * included). They are dropped once older than {@code ledger.query.rebuild.keep-retired} (7 days by
 * default), at start-up and hourly; never while a rebuild holds {@link RebuildLock} on any instance,
 * since it is about to make and prune retired schemas itself.
 */
@Component
@EnableScheduling
public class RetiredSchemaPurge {

    private static final Logger log = LoggerFactory.getLogger(RetiredSchemaPurge.class);

    private final ReadModelSchemas schemas;
    private final RebuildLock lock;
    private final Duration keepRetired;

    RetiredSchemaPurge(ReadModelSchemas schemas, RebuildLock lock,
            @Value("${ledger.query.rebuild.keep-retired:7d}") Duration keepRetired) {
        this.schemas = schemas;
        this.lock = lock;
        this.keepRetired = keepRetired;
    }

    @Scheduled(initialDelayString = "${ledger.query.purge.first-run-after:PT0S}", fixedDelayString = "PT1H")
    void scheduled() {
        purge(Instant.now());
    }

    /** Drops the retired schemas made before {@code now} minus the period; answers their names. */
    public List<String> purge(Instant now) {
        return dropRetiredBefore(now.minus(keepRetired));
    }

    /**
     * Drops the retired schemas made before {@code cutoff} (their name holds the rebuild's start, in
     * millis) and answers their names. Only {@code retired_<millis>} names: never the live schema,
     * never a shadow.
     */
    List<String> dropRetiredBefore(Instant cutoff) {
        if (lock.heldByAnyone()) {
            log.info("Retired schemas are left until the running rebuild ends");
            return List.of();
        }
        List<String> dropped = new ArrayList<>();
        for (String schema : schemas.named(Rebuilds.RETIRED)) {
            String millis = schema.substring(Rebuilds.RETIRED.length());
            if (!millis.matches("\\d{1,18}") || schema.equals(ReadModelSchemas.LIVE)
                    || !Instant.ofEpochMilli(Long.parseLong(millis)).isBefore(cutoff)) {
                continue;
            }
            try {
                schemas.drop(schema);
                dropped.add(schema);
                log.info("Dropped retired schema {}: made {}, before {}", schema,
                        Instant.ofEpochMilli(Long.parseLong(millis)), cutoff);
            } catch (RuntimeException e) {
                log.warn("Could not drop retired schema {}", schema, e);
            }
        }
        return dropped;
    }
}
