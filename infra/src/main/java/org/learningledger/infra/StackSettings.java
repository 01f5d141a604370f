package org.learningledger.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the two services are told about the rest of a stack, under the names {@code infra/ledger up} exports, in
 * one place for the bench and the tests. Each service gets only its own database; both get both ports (the command
 * service allows the web interface's origin, the query service tells the pages where the command API is), the
 * issuer's public key, the KEK and the internal secret, and the command service as the query service's key service.
 */
public record StackSettings(String kafkaBootstrap, LocalIssuer issuer, LocalKeys keys, Database commandDb,
        Database queryDb, int commandPort, int queryPort) {

    /** A JDBC URL with its user and password. */
    public record Database(String url, String user, String password) {
    }

    /** The same stack with the query service on another port and database, e.g. a second one replaying the topic. */
    public StackSettings withQuery(int port, Database db) {
        return new StackSettings(kafkaBootstrap, issuer, keys, commandDb, db, commandPort, port);
    }

    /** The command service's environment; a fresh map, so a caller may add its own settings. */
    public Map<String, String> commandEnv() {
        Map<String, String> env = shared();
        put(env, "COMMAND", commandDb);
        return env;
    }

    /** The query service's environment; a fresh map, so a caller may add its own settings. */
    public Map<String, String> queryEnv() {
        Map<String, String> env = shared();
        put(env, "QUERY", queryDb);
        return env;
    }

    public String commandUrl(String path) {
        return "http://localhost:" + commandPort + path;
    }

    public String queryUrl(String path) {
        return "http://localhost:" + queryPort + path;
    }

    private Map<String, String> shared() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("LEDGER_JWT_PUBLIC_KEY", "file:" + issuer.publicKey());
        env.put("LEDGER_KEK_FILE", keys.kekFile().toString());
        env.put("LEDGER_INTERNAL_SECRET_FILE", keys.secretFile().toString());
        env.put("LEDGER_KEY_SERVICE_URL", commandUrl(""));
        env.put("COMMAND_PORT", String.valueOf(commandPort));
        env.put("QUERY_PORT", String.valueOf(queryPort));
        return env;
    }

    private static void put(Map<String, String> env, String service, Database db) {
        env.put(service + "_DB_URL", db.url());
        env.put(service + "_DB_USER", db.user());
        env.put(service + "_DB_PASSWORD", db.password());
    }
}
