package org.learningledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One rebuild's progress: written by the rebuild thread, recorded by {@link RebuildRecords}, and read
 * back from there by the API (the instance asked may not be the one running it).
 */
final class Rebuild {

    /**
     * DIVERGED: the rebuilt models disagree with the live ones (checksums or per-aggregate sequences),
     * so they were not switched in; {@code differences} says where. The live models stay.
     */
    enum State { RUNNING, SWITCHING, DONE, FAILED, DIVERGED }

    final UUID id;
    final String model;
    final Instant startedAt;
    volatile State state = State.RUNNING;
    volatile long done;
    volatile long total;
    volatile String liveChecksum;
    volatile String rebuiltChecksum;
    volatile Instant switchedAt;
    volatile String error;
    volatile List<String> differences = List.of();
    volatile String schema;
    volatile String retiredSchema;
    volatile Instant finishedAt;
    volatile String instance;
    /** When {@link RebuildRecords} last wrote it (nanoTime); the rebuild thread's only. */
    long recordedAt;

    Rebuild(String model) {
        this(UUID.randomUUID(), model, Instant.now());
    }

    Rebuild(UUID id, String model, Instant startedAt) {
        this.id = id;
        this.model = model;
        this.startedAt = startedAt;
    }

    View view() {
        double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toMillis() / 1000.0);
        double rate = done / seconds;
        Long left = state == State.DONE ? Long.valueOf(0)
                : rate > 0 ? Long.valueOf((long) Math.ceil(Math.max(0, total - done) / rate)) : null;
        Boolean equal = liveChecksum == null || rebuiltChecksum == null ? null : liveChecksum.equals(rebuiltChecksum);
        return new View(id, model, state.name(), done, total, Math.round(rate * 10) / 10.0, left, liveChecksum,
                rebuiltChecksum, equal, differences, switchedAt, error, startedAt, schema, retiredSchema, instance);
    }

    /** What {@code GET /api/admin/rebuilds/{id}} answers. */
    record View(UUID id, String model, String state, long done, long total, double ratePerSecond, Long secondsLeft,
            String liveChecksum, String rebuiltChecksum, Boolean checksumsEqual, List<String> differences,
            Instant switchedAt, String error,
            Instant startedAt, String schema, String retiredSchema, String instance) {
    }
}
