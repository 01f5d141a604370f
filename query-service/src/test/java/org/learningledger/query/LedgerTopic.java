package org.learningledger.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.learningledger.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real in-process KRaft broker holding {@code ledger.events} (3 partitions), and a plain producer. */
final class LedgerTopic implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.EVENTS);
    private final KafkaProducer<String, byte[]> producer;

    LedgerTopic() {
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    String brokers() {
        return broker.getBrokersAsString();
    }

    /** Sends in order, each acknowledged before the next. */
    List<RecordMetadata> send(List<ProducerRecord<String, byte[]>> records) {
        List<RecordMetadata> sent = new ArrayList<>();
        for (ProducerRecord<String, byte[]> record : records) {
            sent.add(await(() -> producer.send(record).get()));
        }
        return sent;
    }

    /**
     * Sends all, then waits for every acknowledgement: faster than {@link #send}, and still in order
     * per key, since the producer is idempotent (at most 5 requests in flight per partition).
     */
    List<RecordMetadata> sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> pending = records.stream().map(producer::send).toList();
        List<RecordMetadata> sent = new ArrayList<>();
        for (Future<RecordMetadata> ack : pending) {
            sent.add(await(ack::get));
        }
        return sent;
    }

    /** The next offset of every non-empty partition. */
    Map<TopicPartition, Long> endOffsets() {
        return broker.doWithAdminFunction(admin -> await(() -> {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < broker.getPartitionsPerTopic(); p++) {
                latest.put(new TopicPartition(Topics.EVENTS, p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> {
                if (info.offset() > 0) {
                    ends.put(tp, info.offset());
                }
            });
            return ends;
        }));
    }

    @Override
    public void close() {
        producer.close();
        broker.destroy();
    }

    private interface Blocking<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    private static <T> T await(Blocking<T> call) {
        try {
            return call.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
