package org.learningledger.infra;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A tiny part for {@link PartTest}: {@code exit CODE} exits at once; {@code serve PORT} answers 200 on that port;
 * otherwise it logs that it is ready (with the setting it was given) and waits, noting SIGTERM in its shutdown hook.
 */
final class PartChild {

    private PartChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("exit")) {
            System.out.println("exiting with " + args[1]);
            System.exit(Integer.parseInt(args[1]));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        if (args.length == 2 && args[0].equals("serve")) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    Integer.parseInt(args[1])), 10);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }
        System.out.println("ready, setting " + System.getenv("PART_TEST_SETTING"));
        Thread.sleep(Long.MAX_VALUE);
    }
}
