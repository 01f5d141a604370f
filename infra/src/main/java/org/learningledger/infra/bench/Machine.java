package org.learningledger.infra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: cores, memory, CPU model, and how busy the machine already was. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nproc", Runtime.getRuntime().availableProcessors());
        m.put("memory", firstLine("/proc/meminfo", "MemTotal"));
        m.put("cpu", firstLine("/proc/cpuinfo", "model name"));
        m.put("loadavg_at_start", firstLine("/proc/loadavg", ""));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("service_java_opts", String.valueOf(System.getenv("LEDGER_BENCH_JAVA_OPTS")));
        return m;
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> l.contains(":") ? l.substring(l.indexOf(':') + 1).trim() : l.trim()).orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
