package org.learningledger.query.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record of the batch and the event read from it. */
record ReadRecord(ConsumerRecord<String, byte[]> record, LedgerEvent event) {
}
