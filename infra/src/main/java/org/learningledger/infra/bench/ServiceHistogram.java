package org.learningledger.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of the latency from the query service's own histograms: the buckets' growth between two scrapes of
 * {@code /actuator/prometheus}, so only the phase in between counts. Percentiles are bucket upper bounds.
 */
final class ServiceHistogram {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI metrics;
    private final Pattern bucket;
    private final String label;
    private final Map<Double, Double> start;

    private ServiceHistogram(HttpClient http, String queryUrl, String metric, String label) throws Exception {
        this.http = http;
        this.metrics = URI.create(queryUrl + "/actuator/prometheus");
        // Label values are quoted and may hold braces (uri="/api/experiments/{id}").
        this.bucket = Pattern.compile("^" + metric + "_bucket\\{((?:[^}\"]|\"[^\"]*\")*)}\\s+(\\S+)", Pattern.MULTILINE);
        this.label = label;
        this.start = buckets();
    }

    /** {@code ledger.intake.delay}: an event's occurrence in the command service to its commit in the read models. */
    static ServiceHistogram intake(HttpClient http, String queryUrl) throws Exception {
        return new ServiceHistogram(http, queryUrl, "ledger_intake_delay_seconds", "");
    }

    /** {@code http.server.requests} of one route: from past the load-shedding filter to the answer. */
    static ServiceHistogram served(HttpClient http, String queryUrl, String route) throws Exception {
        return new ServiceHistogram(http, queryUrl, "http_server_requests_seconds", "uri=\"" + route + "\"");
    }

    /** Since this was made: events applied, and the upper bounds of p50 and p99 in milliseconds. */
    Summary sinceStart() throws Exception {
        Map<Double, Double> growth = new TreeMap<>();
        buckets().forEach((le, count) -> growth.put(le, count - start.getOrDefault(le, 0.0)));
        double total = growth.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        return new Summary((long) total, upperBound(growth, total * 0.5), upperBound(growth, total * 0.99));
    }

    record Summary(long events, double p50Millis, double p99Millis) {
        @Override
        public String toString() {
            return events == 0 ? "n/a" : String.format("p50 <= %.1f, p99 <= %.1f ms (%,d, from buckets)",
                    p50Millis, p99Millis, events);
        }
    }

    private static double upperBound(Map<Double, Double> cumulative, double rank) {
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }

    private Map<Double, Double> buckets() throws Exception {
        String body = http.send(HttpRequest.newBuilder(metrics).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<Double, Double> buckets = new TreeMap<>();
        Matcher m = bucket.matcher(body);
        while (m.find()) {
            Matcher le = LE.matcher(m.group(1));
            if (!m.group(1).contains(label) || !le.find()) {
                continue;
            }
            double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
            buckets.merge(bound, Double.parseDouble(m.group(2)), Double::sum); // summed over the other tags
        }
        return buckets;
    }
}
