package org.learningledger.query.intake;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record of the batch: the event read from it, or why it could not be read. Either way with its
 * aggregate and sequence where known, so an unreadable record can stop its aggregate.
 *
 * @param event null when unreadable
 * @param unreadable why it could not be read; null when readable
 */
record ReadRecord(ConsumerRecord<String, byte[]> record, LedgerEvent event, RuntimeException unreadable,
        UUID aggregateId, Long sequence) {

    ReadRecord(ConsumerRecord<String, byte[]> record, LedgerEvent event) {
        this(record, event, null, event.aggregateId(), event.sequence());
    }

    static ReadRecord unreadable(ConsumerRecord<String, byte[]> record, RuntimeException failure, EnvelopeKey key) {
        return new ReadRecord(record, null, failure, key.aggregateId(), key.sequence());
    }

    boolean readable() {
        return event != null;
    }
}
