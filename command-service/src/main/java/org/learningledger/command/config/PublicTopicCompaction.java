package org.learningledger.command.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The public topic is compacted by learning id so that a withdrawn learning's content leaves it
 * within {@code max.compaction.lag.ms}. The cleaner never touches the active segment, so segments
 * roll at half the lag (and the public forwarder appends to every partition often enough for a
 * roll to happen). A topic that an earlier release created without compaction, or with other
 * settings, is altered at start-up; if Kafka refuses, the service does not start and says what to run.
 */
final class PublicTopicCompaction {

    private static final Logger log = LoggerFactory.getLogger(PublicTopicCompaction.class);

    private PublicTopicCompaction() {
    }

    /** The topic settings that make withdrawn content disappear within {@code maxLag}. */
    static Map<String, String> settings(Duration maxLag) {
        long lag = Math.max(1, maxLag.toMillis());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cleanup.policy", "compact");
        settings.put("min.cleanable.dirty.ratio", "0.01");
        settings.put("segment.ms", Long.toString(Math.max(1, lag / 2)));
        settings.put("max.compaction.lag.ms", Long.toString(lag));
        return settings;
    }

    /** Alters an existing {@code topic} to {@code settings}; a missing topic is left to be created. */
    static void alignExisting(KafkaAdmin kafka, String topic, Map<String, String> settings) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            Config current = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            Collection<AlterConfigOp> changes = new ArrayList<>();
            settings.forEach((name, value) -> {
                ConfigEntry entry = current.get(name);
                if (entry == null || !value.equals(entry.value())) {
                    changes.add(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET));
                }
            });
            if (changes.isEmpty()) {
                return;
            }
            log.warn("Kafka topic {} does not have the public stream's settings (it was likely created by an earlier"
                    + " release without compaction); setting {}", topic, changes);
            admin.incrementalAlterConfigs(Map.of(resource, changes)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return;
            }
            throw refused(topic, settings, e.getCause());
        } catch (TimeoutException e) {
            throw refused(topic, settings, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the settings of " + topic, e);
        }
    }

    private static IllegalStateException refused(String topic, Map<String, String> settings, Throwable cause) {
        String configs = String.join(",", settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return new IllegalStateException("Could not check or set the settings of Kafka topic " + topic + " (" + cause
                + "). Without compaction, withdrawn learnings would stay on the public stream. Grant this service"
                + " ALTER_CONFIGS on the topic, or run: kafka-configs.sh --bootstrap-server <broker> --alter"
                + " --entity-type topics --entity-name " + topic + " --add-config " + configs, cause);
    }
}
