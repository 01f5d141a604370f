package org.learningledger.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import kafka.server.KafkaConfig;

class KafkaServerConfigTest {

    private static Properties render(Path logDir, int port, int controllerPort) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(KafkaServerConfig.render(logDir, port, controllerPort)));
        return props;
    }

    @Test
    void singleCombinedNodeOnLocalhostWithTheGivenPortsAndDirectory() throws IOException {
        Properties props = render(Path.of("/data/kafka/data"), 19092, 19093);

        assertEquals("broker,controller", props.getProperty("process.roles"));
        assertEquals("1@localhost:19093", props.getProperty("controller.quorum.voters"));
        assertEquals("PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093", props.getProperty("listeners"));
        assertEquals("PLAINTEXT://localhost:19092", props.getProperty("advertised.listeners"));
        assertEquals("/data/kafka/data", props.getProperty("log.dirs"));
        assertEquals("1", props.getProperty("offsets.topic.replication.factor"));
        assertEquals("1", props.getProperty("transaction.state.log.replication.factor"));
        assertEquals("0", props.getProperty("group.initial.rebalance.delay.ms"));
    }

    /** Kafka's own validation: catches a misspelt key value or an inconsistent listener setup before a broker fails. */
    @Test
    void kafkaAcceptsTheConfiguration() throws IOException {
        KafkaConfig config = KafkaConfig.fromProps(render(Path.of("/data/kafka/data"), 19092, 19093));

        assertEquals(1, config.nodeId());
        assertEquals((short) 1, config.getShort("offsets.topic.replication.factor"));
        assertEquals(false, config.autoCreateTopicsEnable());
    }
}
