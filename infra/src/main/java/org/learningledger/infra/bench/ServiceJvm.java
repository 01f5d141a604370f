package org.learningledger.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the bench runs the services' JVMs, so start-up and warm-up can be compared across JDKs and class-data caches
 * while the build and the tests stay on the JDK that runs them. {@code LEDGER_BENCH_SERVICE_JAVA_HOME} runs the
 * services on another JDK (e.g. Java 25). {@code LEDGER_BENCH_CLASS_CACHE=<dir>} runs each service from its jar
 * extracted there (a class-data cache holds only classes of plain jars on the class path, not Spring Boot's nested
 * ones), with a cache per service name and JDK: a run without one is the training run, a later run uses it. On
 * Java 25 that is the AOT cache, which also keeps the training run's method profiles (recorded at exit, created
 * before the next start); on earlier JDKs dynamic CDS (classes only).
 */
final class ServiceJvm {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private final Path home;
    private final int feature;
    private final Path cache;
    /** Per service name: how it ran (JDK, cache mode), for the report. */
    final Map<String, String> modes = new LinkedHashMap<>();

    ServiceJvm(String javaHome, String cacheDir) throws IOException {
        this.home = javaHome == null || javaHome.isBlank() ? Path.of(System.getProperty("java.home")) : Path.of(javaHome);
        this.feature = featureOf(home);
        this.cache = cacheDir == null || cacheDir.isBlank() ? null : Files.createDirectories(Path.of(cacheDir));
    }

    static ServiceJvm fromEnvironment() throws IOException {
        return new ServiceJvm(System.getenv("LEDGER_BENCH_SERVICE_JAVA_HOME"), System.getenv("LEDGER_BENCH_CLASS_CACHE"));
    }

    /** {@code java <options> [cache flags] -jar <jar>} for the service called {@code name}. */
    List<String> command(String name, Path jar, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Dledger.bench.service=" + name));
        command.addAll(options);
        if (cache == null) {
            modes.put(name, "Java " + feature + ", no class-data cache");
            command.addAll(List.of("-jar", jar.toString()));
            return command;
        }
        Path app = extracted(jar);
        String stem = name + "-java" + feature + "-" + stamp(jar);
        if (feature >= 25) {
            Path aot = cache.resolve(stem + ".aot");
            Path conf = cache.resolve(stem + ".aotconf");
            if (!Files.exists(aot) && Files.exists(conf)) {
                run(List.of(java(), "-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf, "-XX:AOTCache=" + aot,
                        "-jar", app.toString()), cache.resolve(stem + "-create.log"));
            }
            boolean use = Files.exists(aot);
            command.addAll(use ? List.of("-XX:AOTCache=" + aot)
                    : List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf));
            modes.put(name, "Java " + feature + (use ? ", AOT cache of a training run" : ", AOT training run"));
        } else {
            Path jsa = cache.resolve(stem + ".jsa");
            boolean use = Files.exists(jsa);
            command.add(use ? "-XX:SharedArchiveFile=" + jsa : "-XX:ArchiveClassesAtExit=" + jsa);
            modes.put(name, "Java " + feature + (use ? ", dynamic CDS archive of a training run" : ", CDS training run"));
        }
        command.addAll(List.of("-jar", app.toString()));
        return command;
    }

    private String java() {
        return home.resolve("bin").resolve("java").toString();
    }

    /** The jar unpacked by Spring Boot's own tools (its jar mode), once per build of it. */
    private Path extracted(Path jar) throws IOException, InterruptedException {
        String file = jar.getFileName().toString();
        Path dir = cache.resolve("jars").resolve(file.replaceFirst("\\.jar$", "") + "-" + stamp(jar));
        Path app = dir.resolve(file);
        if (!Files.isRegularFile(app)) {
            run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString()),
                    cache.resolve("extract.log"));
        }
        return app;
    }

    private static String stamp(Path jar) throws IOException {
        return Long.toHexString(Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + " (see " + log + ")");
        }
    }

    private static int featureOf(Path home) throws IOException {
        if (home.equals(Path.of(System.getProperty("java.home")))) {
            return Runtime.version().feature();
        }
        Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
        if (!m.find()) {
            throw new IllegalArgumentException("no JAVA_VERSION in " + home.resolve("release"));
        }
        return Integer.parseInt(m.group(1));
    }
}
