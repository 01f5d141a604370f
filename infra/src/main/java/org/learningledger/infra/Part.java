package org.learningledger.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One part of the ledger (a service, the Kafka broker, PostgreSQL's launcher) as its own operating-system process,
 * so the bench and the tests can wait for it, stop it and kill it for real. Its output is appended to
 * {@code <logDir>/<name>.log} across restarts; it runs with this JVM's environment plus the given settings (so
 * settings given to the caller, e.g. to the bench, reach the services too).
 */
public final class Part implements AutoCloseable {

    /** For the tests' parts: a small heap and C1 only, which start fastest on a shared machine. */
    public static final List<String> TEST_JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-Ddisable-axoniq-console-message=true");

    /** How long {@link #stop} waits after SIGTERM before it sends SIGKILL. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private volatile long logStart; // the log is appended to across restarts: only what this start wrote counts

    private Part(String name, List<String> command, Map<String, String> env, Path logDir) {
        this.name = name;
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.log = logDir.resolve(name + ".log");
    }

    private static final Set<Integer> PORTS_GIVEN = ConcurrentHashMap.newKeySet();

    /**
     * A port free now and not handed out before by this JVM: a part binds its port only when it starts, so without
     * the second rule two parts planned together (an instance and the load balancer in front of it) could get the
     * same one.
     */
    public static int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (PORTS_GIVEN.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free port", e);
            }
        }
    }

    /** {@code java <jvmOptions> <args>} with this JVM's own java. */
    public static List<String> java(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java <jvmOptions> -cp <this JVM's classpath> <mainClass> <args>}: a main of infra, e.g. LocalKafka. */
    public static List<String> javaMain(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = java(jvmOptions, "-cp", System.getProperty("java.class.path"), mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The service jar a system property names (the build passes {@code ledger.commandJar}, {@code ledger.queryJar}). */
    public static String jar(String property) {
        String jar = System.getProperty(property);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("-D" + property + " must name the built service jar, got " + jar);
        }
        return jar;
    }

    /** Starts {@code command} with {@code env} added to this JVM's environment. */
    public static Part start(String name, List<String> command, Map<String, String> env, Path logDir) {
        return new Part(name, command, env, logDir).launch();
    }

    /** The same command with the same settings again, e.g. after {@link #kill}; stops it first if it still runs. */
    public synchronized Part restart() {
        stop();
        return launch();
    }

    private synchronized Part launch() {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            logStart = Files.exists(log) ? Files.size(log) : 0;
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + command, e);
        }
        return this;
    }

    /** Waits until the URL answers 200, failing early (with the log's path) if the process died. */
    public Part awaitHttp(String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            failIfDead();
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + name, e);
            }
            pause(deadline, name + " not healthy at " + url + " within " + timeout.toSeconds() + " s; see " + log);
        }
    }

    /** Waits until this start's output shows {@code text}, failing early (with the log's path) if the process died. */
    public Part awaitLog(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!loggedSinceStart().contains(text)) {
            failIfDead();
            pause(deadline, name + " did not log '" + text + "' within " + timeout.toSeconds() + " s; see " + log);
        }
        return this;
    }

    private String loggedSinceStart() {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(logStart, Files.size(log)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // not written yet
        }
    }

    private synchronized void failIfDead() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    private static void pause(long deadline, String timedOut) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(timedOut);
        }
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + timedOut, e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public synchronized long pid() {
        return process.pid();
    }

    public synchronized boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM, as an operator or a supervisor stops it; SIGKILL if it still runs after {@link #STOP_GRACE}. */
    public synchronized void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing, a crash. */
    public synchronized void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
