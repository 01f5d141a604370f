package org.learningledger.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker in KRaft combined mode, for the local stack.
 *
 * <pre>LocalKafka [--dir DIR] [--port P] [--controller-port C]</pre>
 *
 * DIR (default {@code $LEDGER_HOME/kafka}) holds {@code server.properties} and the broker's data in {@code data/}.
 * Ports default to {@code $LEDGER_KAFKA_PORT} (9092) and {@code $LEDGER_KAFKA_CONTROLLER_PORT} (9093).
 * The storage is formatted once, on the first start. Stop it with SIGTERM/SIGINT: Kafka's own shutdown hook
 * then shuts the broker down cleanly.
 */
public final class LocalKafka {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private LocalKafka() {
    }

    public static void main(String[] argv) throws Exception {
        Options options = Options.parse(argv, System.getenv(), Set.of("dir", "port", "controller-port"));
        Path dir = options.dir("kafka");
        int port = options.port("port", "LEDGER_KAFKA_PORT", 9092);
        int controllerPort = options.port("controller-port", "LEDGER_KAFKA_CONTROLLER_PORT", 9093);
        if (port == controllerPort) {
            throw new IllegalArgumentException("the broker and controller ports must differ, both are " + port);
        }

        Path dataDir = dir.resolve("data");
        Files.createDirectories(dataDir);
        // Rewritten on every start so a changed port takes effect; the data itself does not depend on the ports.
        Path serverProperties = dir.resolve("server.properties");
        Files.writeString(serverProperties, KafkaServerConfig.render(dataDir, port, controllerPort), StandardCharsets.UTF_8);

        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(serverProperties);
        }

        Thread announcer = new Thread(() -> announceWhenReady(port), "kafka-ready");
        announcer.setDaemon(true);
        announcer.start();

        System.out.println("Starting Kafka on localhost:" + port + " (controller " + controllerPort + "), data in " + dataDir);
        // Blocks until the broker shuts down, then exits the JVM.
        kafka.Kafka.main(new String[] {serverProperties.toString()});
    }

    /**
     * This broker as its own process ({@code kafka.log} in {@code logDir}), data in {@code dir}, waited for until
     * it serves. After a kill, {@code part.restart().awaitLog(readyLine(port), timeout)} starts it on the same data.
     */
    public static Part launch(List<String> jvmOptions, Path logDir, Path dir, int port, int controllerPort,
            Duration timeout) {
        Part kafka = Part.start("kafka", Part.javaMain(jvmOptions, LocalKafka.class, "--dir", dir.toString(),
                "--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort)), Map.of(), logDir);
        try {
            return kafka.awaitLog(readyLine(port), timeout);
        } catch (RuntimeException e) {
            kafka.close(); // the caller never gets it, so it would outlive the caller
            throw e;
        }
    }

    /** What the broker prints once a client can talk to it; infra/ledger waits for it too. */
    public static String readyLine(int port) {
        return "Kafka ready on localhost:" + port;
    }

    /** Same as {@code kafka-storage.sh format -t $(kafka-storage.sh random-uuid) -c server.properties}. */
    private static void format(Path serverProperties) {
        String clusterId = Uuid.randomUuid().toString();
        System.out.println("Formatting Kafka storage, cluster id " + clusterId);
        // execute() rather than main(): main() calls System.exit.
        int exit = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", serverProperties.toString(), "--ignore-formatted"},
                System.out);
        if (exit != 0) {
            System.err.println("Formatting the Kafka storage failed (exit code " + exit + ")");
            System.exit(1);
        }
    }

    /** Prints the line infra/ledger waits for, once a client can really talk to the broker, not just connect. */
    private static void announceWhenReady(int port) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try {
            while (!accepts(port)) {
                if (System.nanoTime() > deadline) {
                    System.err.println("Kafka did not open port " + port + " within " + READY_TIMEOUT.toSeconds() + " s");
                    return;
                }
                Thread.sleep(100);
            }
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis()))) {
                admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            System.out.println(readyLine(port));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("Kafka did not become ready: " + e);
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
