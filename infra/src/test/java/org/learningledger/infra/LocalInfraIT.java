package org.learningledger.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launchers as infra/ledger does, as separate JVMs, and checks what the local stack promises:
 * data survives a stop and a restart, and SIGTERM stops each cleanly; the keys of encryption are made once,
 * owner-only, and kept by every later start.
 */
class LocalInfraIT {

    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopLeftovers() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void postgresKeepsCommittedRowsAcrossARestartAndStopsOnSigterm() throws Exception {
        int port = Part.freePort();
        String url = "jdbc:postgresql://localhost:" + port + "/ledger_command";

        Process first = launch("LocalPostgres", "postgres", "PostgreSQL ready on port " + port, "--dir", dir + "/pg", "--port", "" + port);
        try (Connection c = DriverManager.getConnection(url, "ledger", "ledger"); Statement s = c.createStatement()) {
            assertEquals("on", single(s, "SHOW fsync"));
            assertEquals("on", single(s, "SHOW synchronous_commit"));
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('before restart')");
        }
        stop(first);
        assertFalse(Files.exists(dir.resolve("pg/data/postmaster.pid")), "the server stopped with the launcher");

        launch("LocalPostgres", "postgres-2", "PostgreSQL ready on port " + port, "--dir", dir + "/pg", "--port", "" + port);
        try (Connection c = DriverManager.getConnection(url, "ledger", "ledger"); Statement s = c.createStatement()) {
            assertEquals("before restart", single(s, "SELECT note FROM kept"));
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossARestart() throws Exception {
        int port = Part.freePort();
        int controllerPort = Part.freePort();
        String[] args = {"--dir", dir + "/kafka", "--port", "" + port, "--controller-port", "" + controllerPort};
        Map<String, Object> bootstrap = Map.of("bootstrap.servers", "localhost:" + port);

        Process first = launch("LocalKafka", "kafka", "Kafka ready on localhost:" + port, args);
        try (Admin admin = Admin.create(bootstrap)) {
            admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties producer = new Properties();
        producer.putAll(bootstrap);
        producer.put("acks", "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>("kept", "k", "before restart")).get(30, TimeUnit.SECONDS);
        }
        stop(first);

        launch("LocalKafka", "kafka-2", "Kafka ready on localhost:" + port, args);
        Properties consumer = new Properties();
        consumer.putAll(bootstrap);
        consumer.put("group.id", "it");
        consumer.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of("kept"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            assertEquals(List.of("before restart"), values);
        }
    }

    @Test
    void keysAreMadeOnceOwnerOnlyAndKeptByTheNextStart() throws Exception {
        Path keys = dir.resolve("home/keys");
        assertEquals(0, run("LocalKeys", "init", "--dir", keys.toString()));
        String kek = Files.readString(keys.resolve("kek"));
        String secret = Files.readString(keys.resolve("internal.secret"));
        assertEquals("rwx------", mode(keys));
        assertEquals("rw-------", mode(keys.resolve("kek")));
        assertEquals("rw-------", mode(keys.resolve("internal.secret")));
        assertTrue(kek.matches("1:[A-Za-z0-9+/]{43}=\n"), kek);

        assertEquals(0, run("LocalKeys", "init", "--dir", keys.toString()));
        assertEquals(kek, Files.readString(keys.resolve("kek")), "the KEK is never replaced");
        assertEquals(secret, Files.readString(keys.resolve("internal.secret")));

        assertEquals(0, run("LocalKeys", "rotate", "--file", keys.resolve("kek").toString()));
        String rotated = Files.readString(keys.resolve("kek"));
        assertTrue(rotated.startsWith(kek) && rotated.lines().count() == 2 && rotated.lines().toList().get(1).startsWith("2:"),
                rotated);
        assertEquals("rw-------", mode(keys.resolve("kek")));
    }

    /** Runs a main that ends by itself, in its own JVM; returns its exit code. */
    private int run(String main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "org.learningledger.infra." + main));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(main + ".log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), main + " ended");
        return process.exitValue();
    }

    private static String mode(Path path) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Starts a launcher in its own JVM with this test's class path and waits for its ready line. */
    private Process launch(String main, String logName, String readyLine, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.learningledger.infra." + main));
        command.addAll(List.of(args));
        Path log = dir.resolve(logName + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        long deadline = System.nanoTime() + READY.toNanos();
        while (!Files.readString(log).contains(readyLine)) {
            assertTrue(process.isAlive(), () -> main + " exited early:\n" + read(log));
            assertTrue(System.nanoTime() < deadline, () -> main + " not ready within " + READY + ":\n" + read(log));
            Thread.sleep(100);
        }
        return process;
    }

    /** Process.destroy() is SIGTERM on Linux: what Ctrl-C / infra/ledger down send. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s of SIGTERM");
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }


    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
