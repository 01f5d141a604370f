package org.learningledger.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real HAProxy in front of two small HTTP servers standing in for two instances of a service. */
class LoadBalancerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void givenTwoInstances_whenOneStops_thenEveryRequestIsAnsweredByTheOther() throws Exception {
        HttpServer first = instance("first");
        HttpServer second = instance("second");
        int front = Part.freePort();
        Path dir = Files.createTempDirectory("lb");
        try (Part lb = LoadBalancer.launch(dir, dir, List.of(new LoadBalancer.Front("command", front,
                List.of(first.getAddress().getPort(), second.getAddress().getPort()))), Duration.ofSeconds(20))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> answers(front, 6).equals(Set.of("first", "second")));

            first.stop(0);
            for (int i = 0; i < 20; i++) { // from the moment it stopped: none refused, none lost
                assertThat(post(front)).isEqualTo("second");
            }
        } finally {
            second.stop(0);
        }
    }

    @Test
    void givenTwoFronts_whenConfigured_thenEachPortForwardsToItsOwnInstancesWithHealthChecks() {
        String cfg = LoadBalancer.config(List.of(LoadBalancer.front("command", "8081=9081,10081"),
                LoadBalancer.front("query", "8082=9082")));
        assertThat(cfg).contains("bind :8081", "server command-1 127.0.0.1:9081", "server command-2 127.0.0.1:10081",
                "bind :8082", "server query-1 127.0.0.1:9082", "option httpchk GET /actuator/health");
        assertThat(cfg).doesNotContain("query-2");
    }

    private static Set<String> answers(int port, int requests) throws Exception {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            names.add(post(port));
        }
        return names;
    }

    private static String post(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/things"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpServer instance(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

}
