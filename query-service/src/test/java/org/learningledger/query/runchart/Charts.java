package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.experiment.Better;

/** Test points: one a day, ids 1, 2, 3… in order, values written as decimals so they are exact. */
final class Charts {

    /** Ten baseline values alternating around a median of exactly 10, none on it, no trend, spread 2–4. */
    static final String[] AROUND_TEN = {"8", "12", "9", "11", "8", "12", "9", "11", "8", "12"};

    private Charts() {
    }

    static UUID id(int n) {
        return new UUID(0L, n);
    }

    static List<ChartPoint> daily(LocalDate first, String... values) {
        return daily(first, 1, values);
    }

    /** Points from {@code first}, a day apart, with ids counting from {@code firstId}. */
    static List<ChartPoint> daily(LocalDate first, int firstId, String... values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartPoint(id(firstId + i), first.plusDays(i), new BigDecimal(values[i])));
        }
        return points;
    }

    static String[] join(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray(String[]::new);
    }

    static RunChart notStarted(Better better, List<ChartPoint> points) {
        return RunCharts.draw(new ChartInput(points, null, List.of(), better));
    }

    static List<Signal> signals(RunChart chart, Rule rule) {
        return chart.signals().stream().filter(s -> s.rule() == rule).toList();
    }

    static List<UUID> ids(int... numbers) {
        List<UUID> ids = new ArrayList<>();
        for (int n : numbers) {
            ids.add(id(n));
        }
        return ids;
    }
}
