package org.learningledger.infra.e2e;

import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningledger.infra.LoadBalancer;
import org.learningledger.infra.Part;
import org.learningledger.infra.StackSettings;

/**
 * A second command service and a second query service beside a {@link LocalStack}'s, on the same PostgreSQL and
 * Kafka (the query services in one consumer group), with HAProxy in front of both pairs as in
 * {@code infra/ledger up --replicas 2}. The second query service fetches its data keys through the load balancer,
 * so it keeps reading while either command service is down.
 */
final class Replicas implements AutoCloseable {

    final int commandFront = Part.freePort();
    final int queryFront = Part.freePort();
    private final List<Part> parts = new ArrayList<>();

    Replicas(StackSettings first, Map<String, String> serviceEnv, Path home, Duration startup) {
        int commandPort = Part.freePort();
        int queryPort = Part.freePort();
        try {
            Map<String, String> commandEnv = first.commandEnv();
            commandEnv.putAll(serviceEnv);
            commandEnv.put("COMMAND_PORT", String.valueOf(commandPort));
            Part command = start("command-service-2", "ledger.commandJar", commandEnv, home);
            Map<String, String> queryEnv = first.queryEnv();
            queryEnv.putAll(serviceEnv);
            queryEnv.put("QUERY_PORT", String.valueOf(queryPort));
            queryEnv.put("LEDGER_KEY_SERVICE_URL", commandUrl(""));
            Part query = start("query-service-2", "ledger.queryJar", queryEnv, home);
            parts.add(LoadBalancer.launch(home, home.resolve("lb"), List.of(
                    new LoadBalancer.Front("command", commandFront, List.of(first.commandPort(), commandPort)),
                    new LoadBalancer.Front("query", queryFront, List.of(first.queryPort(), queryPort))), startup));
            command.awaitHttp("http://localhost:" + commandPort + "/actuator/health", startup);
            query.awaitHttp("http://localhost:" + queryPort + "/actuator/health", startup);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Part start(String name, String jarProperty, Map<String, String> env, Path home) {
        Part part = Part.start(name, Part.java(Part.TEST_JVM, "-jar", Part.jar(jarProperty)), env, home);
        parts.add(part);
        return part;
    }

    String commandUrl(String path) {
        return "http://localhost:" + commandFront + path;
    }

    String queryUrl(String path) {
        return "http://localhost:" + queryFront + path;
    }

    /** The load balancer first, so nothing is routed to an instance that is stopping. */
    @Override
    public void close() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).stop();
        }
    }
}
