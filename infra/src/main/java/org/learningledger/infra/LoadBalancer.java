package org.learningledger.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's package) in front of the instances of each service, for {@code infra/ledger up --replicas N}
 * and the fault test. An instance is taken out of the rotation once two health checks a second apart fail, and a
 * request whose connection failed or got no answer is sent to another instance: commands are idempotent (the
 * client's ids), so a command re-sent after an instance died mid-request is harmless.
 */
public final class LoadBalancer {

    /** A port clients use and the loopback ports of the instances behind it. */
    public record Front(String name, int port, List<Integer> instances) {
        public Front {
            instances = List.copyOf(instances);
            if (instances.isEmpty()) {
                throw new IllegalArgumentException(name + ": at least one instance port is needed");
            }
        }
    }

    private LoadBalancer() {
    }

    static String config(List<Front> fronts) {
        StringBuilder cfg = new StringBuilder("""
                global
                  maxconn 4096
                  log stdout format raw local0 notice
                defaults
                  mode http
                  log global
                  option dontlognull
                  option forwardfor
                  option redispatch 1
                  retries 3
                  retry-on conn-failure empty-response junk-response
                  timeout connect 2s
                  timeout http-request 10s
                  timeout queue 5s
                  # a feed sends a heartbeat every 15 s; an export may take longer than a command
                  timeout client 120s
                  timeout server 120s
                  default-server check inter 1s fall 2 rise 2
                """);
        for (Front front : fronts) {
            cfg.append("frontend ").append(front.name()).append("\n  bind :").append(front.port())
                    .append("\n  default_backend ").append(front.name()).append("\nbackend ").append(front.name())
                    .append("\n  balance roundrobin\n  option httpchk GET /actuator/health\n")
                    // 503 is a live instance whose dependency is down: it still answers, as a single instance would
                    .append("  http-check expect rstatus ^(200|503)$\n");
            for (int i = 0; i < front.instances().size(); i++) {
                cfg.append("  server ").append(front.name()).append('-').append(i + 1).append(" 127.0.0.1:")
                        .append(front.instances().get(i)).append('\n');
            }
        }
        return cfg.toString();
    }

    /** Writes {@code dir/haproxy.cfg} and returns its path. */
    public static Path write(Path dir, List<Front> fronts) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("haproxy.cfg"), config(fronts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load balancer's configuration in " + dir, e);
        }
    }

    /** Starts HAProxy in the foreground as a part and waits until every front port accepts connections. */
    public static Part launch(Path logDir, Path dir, List<Front> fronts, Duration timeout) {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        if (!Files.isExecutable(haproxy)) {
            throw new IllegalStateException("HAProxy is needed in front of several instances: apt-get install haproxy");
        }
        Part part = Part.start("haproxy", List.of(haproxy.toString(), "-db", "-f", write(dir, fronts).toString()),
                Map.of(), logDir);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Front front : fronts) {
            while (!LocalKafka.accepts(front.port())) {
                if (!part.alive() || System.nanoTime() > deadline) {
                    part.close();
                    throw new IllegalStateException("HAProxy is not listening on " + front.port() + "; see " + part.log());
                }
                sleep();
            }
        }
        sleep();
        if (!part.alive()) { // the port answered, but HAProxy could not bind it: someone else holds it
            throw new IllegalStateException("HAProxy exited after start; see " + part.log());
        }
        return part;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for HAProxy", e);
        }
    }

    /** {@code --dir D --command 8081=9081,10081 --query 8082=9082,10082}: writes the configuration for infra/ledger. */
    public static void main(String[] argv) {
        Options options = Options.parse(argv, System.getenv(), Set.of("dir", "command", "query"));
        List<Front> fronts = new ArrayList<>();
        for (String name : List.of("command", "query")) {
            fronts.add(front(name, options.required(name)));
        }
        System.out.println(write(options.dir("lb"), fronts));
    }

    /** {@code 8081=9081,10081}. */
    static Front front(String name, String spec) {
        String[] parts = spec.split("=", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--" + name + " must be PORT=INSTANCE_PORT,INSTANCE_PORT..., got " + spec);
        }
        return new Front(name, Integer.parseInt(parts[0].trim()), Arrays.stream(parts[1].split(","))
                .map(String::trim).map(Integer::valueOf).collect(Collectors.toList()));
    }
}
