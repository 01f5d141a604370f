package org.learningledger.infra.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One part of the stack as its own operating-system process, so tests can stop and kill it for real. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private long logStart; // the log is appended to across restarts: only what this start wrote counts

    ServiceProcess(String name, List<String> command, Map<String, String> env, Path logDir) {
        this.name = name;
        this.command = command;
        this.env = env;
        this.log = logDir.resolve(name + ".log");
    }

    static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> base = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Ddisable-axoniq-console-message=true"));
        base.addAll(List.of(args));
        return base;
    }

    ServiceProcess start() {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            logStart = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
        return this;
    }

    /** Waits until the URL answers 200, failing early with the log's tail if the process died. */
    ServiceProcess awaitHttp(String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException | InterruptedException e) {
                // not up yet
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log);
    }

    /** Waits until the log shows {@code text}, failing early with the log's path if the process died. */
    ServiceProcess awaitLog(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(log);
                int from = (int) Math.min(logStart, bytes.length);
                if (new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                    return this;
                }
            } catch (IOException e) {
                // not written yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " did not log '" + text + "' within " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as an operator or a supervisor would stop it. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing, a crash. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String classpath() {
        return System.getProperty("java.class.path");
    }

    static File file(String property) {
        File file = new File(System.getProperty(property, ""));
        if (!file.isFile()) {
            throw new IllegalStateException("system property " + property + " must name a built jar: " + file);
        }
        return file;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
