package org.learningledger.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.learningledger.events.LedgerJson;

/** The figures of one run: printed as a table, written as JSON. */
final class Report {

    record Row(String figure, String value, String target, String verdict, String vsRaw) {
    }

    final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    void row(String figure, String value, String target, Boolean met, String vsRaw) {
        rows.add(new Row(figure, value, target, met == null ? "" : met ? "met" : "MISSED", vsRaw));
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    /** p50/p99/p99.9/max in milliseconds. */
    static Map<String, Object> percentiles(Histogram h) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("count", h.getTotalCount());
        p.put("p50_ms", ms(h.getValueAtPercentile(50)));
        p.put("p99_ms", ms(h.getValueAtPercentile(99)));
        p.put("p99_9_ms", ms(h.getValueAtPercentile(99.9)));
        p.put("max_ms", ms(h.getMaxValue()));
        return p;
    }

    static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    static String latencies(Histogram h) {
        return String.format("p50 %.1f, p99 %.1f, p99.9 %.1f, max %.1f ms", ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    String table() {
        String[] head = {"figure", "value", "target", "", "vs raw limits of this run"};
        int[] w = new int[head.length];
        List<String[]> lines = new ArrayList<>();
        lines.add(head);
        rows.forEach(r -> lines.add(new String[] {r.figure(), r.value(), r.target(), r.verdict(), r.vsRaw()}));
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                w[i] = Math.max(w[i], l[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] l : lines) {
            out.append('|');
            for (int i = 0; i < l.length; i++) {
                out.append(' ').append(l[i]).append(" ".repeat(w[i] - l[i].length())).append(" |");
            }
            out.append('\n');
            if (l == head) {
                out.append('|');
                for (int width : w) {
                    out.append("-".repeat(width + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    Path write(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> all = new LinkedHashMap<>(json);
        all.put("table", rows);
        Path file = dir.resolve(name);
        Files.writeString(file, LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
        return file;
    }
}
