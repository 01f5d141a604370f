package org.learningledger.command.forwarding;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.learningledger.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Kafka compacts only closed segments and rolls a segment only when a record is appended, so a
 * withdrawal that is the last record of a quiet partition would keep the withdrawn snapshot beside
 * it indefinitely. Every quarter of {@code ledger.public.max-compaction-lag} this appends a tombstone
 * with the key {@value #KEY} to each partition of the public topic: the append rolls a segment older
 * than {@code segment.ms} (half the lag), and the cleaner then removes what was replaced.
 */
@Component
class SegmentRoller implements DisposableBean {

    static final String KEY = "ledger-segment-roll";
    private static final Logger log = LoggerFactory.getLogger(SegmentRoller.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration period;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "public-segment-roller");
        thread.setDaemon(true);
        return thread;
    });

    SegmentRoller(KafkaTemplate<String, byte[]> kafka,
                  @Value("${ledger.public.max-compaction-lag:1h}") Duration maxCompactionLag) {
        this.kafka = kafka;
        this.period = Duration.ofMillis(Math.max(100, maxCompactionLag.toMillis() / 4));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::roll, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void roll() {
        try {
            for (PartitionInfo partition : kafka.partitionsFor(Topics.PUBLISHED)) {
                kafka.send(new ProducerRecord<>(Topics.PUBLISHED, partition.partition(), KEY, null));
            }
        } catch (RuntimeException e) {
            log.warn("Could not append the segment-roll tombstones to {}: {}", Topics.PUBLISHED, e.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
