package org.learningledger.query.config;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.ExponentialBackOff;

/** How the event intake reacts when a whole batch fails. */
@Configuration(proxyBeanMethods = false)
class KafkaIntakeConfig {

    private static final Logger log = LoggerFactory.getLogger(KafkaIntakeConfig.class);

    /**
     * Only transient failures (database down, connection lost) escape the intake: unreadable
     * records are dead-lettered there. So a failed batch is retried, whole and forever, with a
     * capped back-off: skipping it would lose events. Boot's container factory picks this bean up.
     */
    @Bean
    DefaultErrorHandler intakeErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(250, 2.0);
        backOff.setMaxInterval(5_000);
        // No max elapsed time, no max attempts: the defaults are unbounded.
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        // Every exception that reaches here is retryable, including those spring-kafka calls fatal.
        handler.setClassifications(Map.of(), true);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int attempt) {
                log.warn("Applying record {}-{}@{} failed (attempt {}), retrying",
                        record.topic(), record.partition(), record.offset(), attempt, ex);
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception ex, int attempt) {
                log.warn("Applying a batch of {} records failed (attempt {}), retrying it whole: {}",
                        records.count(), attempt, ex.getMessage());
            }
        });
        return handler;
    }
}
