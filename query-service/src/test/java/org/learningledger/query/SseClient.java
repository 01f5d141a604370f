package org.learningledger.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events client for tests: reads the stream on its own thread, strictly (a line that
 * is not an SSE field or comment fails the parse), and hands events out one by one.
 */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Object END = new Object();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final StringBuffer raw = new StringBuffer();
    private volatile int heartbeats;
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(int port, String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, or null if none came in time or the stream ended. */
    Event next(Duration timeout) throws InterruptedException {
        Object item = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (item == END) {
            received.add(END);
            return null;
        }
        return (Event) item;
    }

    List<Event> next(int count, Duration timeout) throws InterruptedException {
        List<Event> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.size() < count && System.nanoTime() < deadline) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event != null) {
                events.add(event);
            } else if (ended) {
                break;
            }
        }
        return events;
    }

    boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return ended;
    }

    int heartbeats() {
        return heartbeats;
    }

    String raw() {
        return raw.toString();
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }

    /** Parses a whole stream (e.g. a {@code follow=false} body). */
    static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        Parser parser = new Parser();
        for (String line : body.split("\n", -1)) {
            Event event = parser.line(line);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    private void read() {
        Parser parser = new Parser();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                raw.append(line).append('\n');
                if (line.startsWith(":")) {
                    heartbeats++;
                }
                Event event = parser.line(line);
                if (event != null) {
                    received.add(event);
                }
            }
        } catch (IOException | RuntimeException e) {
            raw.append("!! ").append(e).append('\n');
        } finally {
            ended = true;
            received.add(END);
        }
    }

    /** The SSE line format, as far as the feed uses it: id, event, data, comments. */
    private static final class Parser {
        private String id;
        private String name;
        private String data;

        Event line(String line) {
            if (line.isEmpty()) {
                Event event = data == null ? null : new Event(id, name, data);
                id = null;
                name = null;
                data = null;
                return event;
            }
            if (line.startsWith(":")) {
                return null;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? value : data + "\n" + value;
                case "retry" -> { }
                default -> throw new IllegalArgumentException("not an SSE line: " + line);
            }
            return null;
        }
    }
}
