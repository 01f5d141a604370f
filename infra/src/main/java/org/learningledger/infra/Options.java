package org.learningledger.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the launchers, each with an environment fallback: infra/ledger passes the
 * environment, tests pass {@code --dir}/{@code --port} so they can use a temporary directory and free ports.
 */
final class Options {

    private final Map<String, String> args;
    private final Map<String, String> env;

    private Options(Map<String, String> args, Map<String, String> env) {
        this.args = args;
        this.env = env;
    }

    /** Parses {@code --name value} pairs; any other name is an error, so a typo does not go unnoticed. */
    static Options parse(String[] argv, Map<String, String> env, Set<String> known) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String name = argv[i].startsWith("--") ? argv[i].substring(2) : null;
            if (name == null || !known.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + argv[i] + "', expected one of --" + String.join(", --", known));
            }
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            args.put(name, argv[++i]);
        }
        return new Options(args, env);
    }

    /** {@code $LEDGER_HOME}, default {@code ~/.ledger}: where all local data lives. */
    Path ledgerHome() {
        String home = env.get("LEDGER_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".ledger");
    }

    /** The option {@code --dir}, else {@code $LEDGER_HOME/<defaultName>}; always absolute. */
    Path dir(String defaultName) {
        String dir = args.get("dir");
        return (dir != null ? Path.of(dir) : ledgerHome().resolve(defaultName)).toAbsolutePath().normalize();
    }

    /** The option {@code --name}, else the environment variable, else the default. */
    int port(String name, String envVar, int defaultPort) {
        String value = args.getOrDefault(name, env.get(envVar));
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " / " + envVar + " must be a port number, got '" + value + "'");
        }
    }

    /** The option {@code --name}, which must be given. */
    String required(String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("option --" + name + " is needed");
        }
        return value;
    }
}
