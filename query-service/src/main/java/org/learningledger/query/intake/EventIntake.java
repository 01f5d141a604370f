package org.learningledger.query.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one poll batch in one database transaction, with the consumed positions. A record whose
 * aggregate cannot even be read is dead-lettered first. A plain batch (every record readable, no
 * aggregate of it stopped) is applied as a whole ({@link WholeBatch}), in a savepoint; if a record
 * cannot be applied or follows a gap, the savepoint is rolled back and the batch applied again
 * record by record ({@link RecordByRecord}), which stops that record's aggregate and holds its later
 * records (fail closed). Any other batch goes record by record at once. A transient failure escapes:
 * the transaction rolls back and the error handler retries the batch.
 */
@Component
class EventIntake {

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate wholeBatchSavepoint;
    private final EnvelopeReader reader;
    private final WholeBatch wholeBatch;
    private final RecordByRecord recordByRecord;
    private final ConsumerPositions positions;
    private final DeadLetters deadLetters;
    private final Counter slowBatches;
    private final Timer delay;
    private final CommitDurability durability;
    private final StoppedAggregates stops;
    private final IntakeLock lock;

    EventIntake(DataSourceTransactionManager transactionManager, EnvelopeReader reader, WholeBatch wholeBatch,
            RecordByRecord recordByRecord, ConsumerPositions positions, DeadLetters deadLetters,
            MeterRegistry registry, CommitDurability durability, StoppedAggregates stops, IntakeLock lock) {
        this.durability = durability;
        this.stops = stops;
        this.lock = lock;
        // REQUIRED: a rebuild's replay joins its caller's transaction (and search_path).
        this.batchTransaction = new TransactionTemplate(transactionManager);
        this.wholeBatchSavepoint = new TransactionTemplate(transactionManager);
        this.wholeBatchSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.reader = reader;
        this.wholeBatch = wholeBatch;
        this.recordByRecord = recordByRecord;
        this.positions = positions;
        this.deadLetters = deadLetters;
        this.slowBatches = Counter.builder("ledger.intake.batches.record.by.record")
                .description("Batches applied record by record because one record could not be applied")
                .register(registry);
        this.delay = Timer.builder("ledger.intake.delay")
                .description("From an event's occurrence (the command) to its commit in the read models")
                .publishPercentiles(0.5, 0.99)
                // Buckets too, so Prometheus (and the bench) can take percentiles over any interval.
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry);
    }

    void apply(List<ConsumerRecord<String, byte[]>> records) {
        // Live intake has a transaction of its own; a rebuild's replay joins its caller's (and is no delay to measure).
        boolean live = !TransactionSynchronizationManager.isActualTransactionActive();
        List<ReadRecord> applied = batchTransaction.execute(status -> {
            if (live) {
                durability.replayable();
                lock.shared();
            }
            List<ReadRecord> read = read(records);
            Map<UUID, Long> stopped = stops.among(read.stream().map(ReadRecord::aggregateId).distinct().toList());
            if (stopped.isEmpty() && read.stream().allMatch(ReadRecord::readable)) {
                try {
                    wholeBatchSavepoint.executeWithoutResult(savepoint -> wholeBatch.apply(read));
                } catch (RuntimeException e) {
                    if (TransientFailures.isTransient(e)) {
                        throw e;
                    }
                    log.info("Applying {} records at once failed ({}); applying them record by record",
                            read.size(), e.getMessage());
                    slowBatches.increment();
                    recordByRecord.apply(read, stopped);
                }
            } else {
                recordByRecord.apply(read, stopped);
            }
            positions.advance(nextOffsets(records));
            return read.stream().filter(ReadRecord::readable).toList();
        });
        if (live) {
            Instant committed = Instant.now();
            applied.forEach(record -> delay.record(Duration.between(record.event().occurredAt(), committed)));
        }
    }

    /**
     * Applies again, in order, records taken up from the dead letters, record by record and within
     * the caller's transaction (which holds the {@link IntakeLock} alone); moves no position.
     */
    void reapply(List<ConsumerRecord<String, byte[]>> records) {
        List<ReadRecord> read = read(records);
        recordByRecord.apply(read, stops.among(read.stream().map(ReadRecord::aggregateId).distinct().toList()));
    }

    /**
     * Reads each record. One whose aggregate cannot be read is dead-lettered here, outside the
     * savepoint, so it is done (and counted) once; one that names its aggregate is kept, to stop it.
     */
    private List<ReadRecord> read(List<ConsumerRecord<String, byte[]>> records) {
        // Every envelope first, then the keys for all of them in one request, then each opened.
        List<Object> parsed = new ArrayList<>(records.size());
        List<EnvelopeReader.Parsed> sealed = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EnvelopeReader.Parsed envelope = reader.parse(record.value());
                parsed.add(envelope);
                sealed.add(envelope);
            } catch (RuntimeException e) {
                parsed.add(e);
            }
        }
        reader.prefetch(sealed); // the key service unreachable: transient, the batch is retried
        List<ReadRecord> read = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            try {
                if (parsed.get(i) instanceof RuntimeException failure) {
                    throw failure;
                }
                read.add(new ReadRecord(record, reader.read((EnvelopeReader.Parsed) parsed.get(i))));
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    throw e;
                }
                EnvelopeKey.of(record.value()).ifPresentOrElse(key -> read.add(ReadRecord.unreadable(record, e, key)),
                        () -> deadLetters.add(record, e));
            }
        }
        return read;
    }

    private static Map<TopicPartition, Long> nextOffsets(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        records.forEach(r -> next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        return next;
    }
}
