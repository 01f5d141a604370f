package org.learningledger.command.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.learningledger.command.CommandServiceApplication;
import org.learningledger.events.LedgerJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The real command service on a random port, against real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = CommandServiceApplication.class, properties = CommandServiceApplication.CONFIG_NAME)
public abstract class CommandServiceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Infrastructure.postgres().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", Infrastructure::kafkaBootstrap);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("ledger.keys.kek", () -> TestKeys.KEK);
        registry.add("ledger.keys.internal-secret", () -> TestKeys.INTERNAL_SECRET);
    }

    protected static final String ADMIN = TestTokens.token("admin", "admin");

    /** Registers a region and a team with the given members through the admin API; returns the team id. */
    protected UUID teamWithMembers(String... members) {
        UUID region = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        require(post(ADMIN, "/api/regions", "{\"regionId\":\"%s\",\"name\":\"Region %s\"}".formatted(region, region)));
        require(post(ADMIN, "/api/teams", "{\"teamId\":\"%s\",\"regionId\":\"%s\",\"name\":\"Team\",\"focus\":\"parental-conflict\"}"
                .formatted(team, region)));
        for (String member : members) {
            require(post(ADMIN, "/api/teams/" + team + "/members", "{\"userId\":\"%s\"}".formatted(member)));
        }
        return team;
    }

    private static void require(Response response) {
        if (response.status() >= 300) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
    }

    protected long storedEvents() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    protected Response post(String token, String path, String json) {
        return send(token, "POST", path, json);
    }

    protected Response send(String token, String method, String path, String json) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json");
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            HttpRequest request = builder
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer, with its body readable as JSON. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return LedgerJson.mapper().readTree(body);
        }
    }
}
