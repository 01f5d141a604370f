package org.learningledger.command.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.learningledger.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real PostgreSQL and a real Kafka broker for integration tests, started once per test JVM and
 * shared by all test classes (each ~2 s to start).
 */
public final class Infrastructure {

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private Infrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(Infrastructure::closePostgres));
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrap() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3, Topics.EVENTS);
            // the public topic is compacted: a cleaner that looks often, with a small buffer for a test JVM
            kafka.brokerProperties(Map.of("log.cleaner.enable", "true", "log.cleaner.backoff.ms", "200",
                    "log.cleaner.dedupe.buffer.size", "4194304"));
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka.getBrokersAsString();
    }

    private static void closePostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
