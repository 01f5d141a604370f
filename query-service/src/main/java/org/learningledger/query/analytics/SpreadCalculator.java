package org.learningledger.query.analytics;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.learningledger.query.history.HistoryRow;
import org.learningledger.query.history.Sighted;

/** Spread analytics from publications already cut to one reader ({@link Sighted}): pure, no database. */
final class SpreadCalculator {

    private static final int[] BUCKETS = {7, 30, 90};

    private SpreadCalculator() {
    }

    static Spread of(Sighted sighted) {
        List<Spread.LearningReach> learnings = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        Map<List<UUID>, Set<UUID>> flows = new TreeMap<>(Comparator.comparing(Object::toString));
        for (List<HistoryRow> versions : sighted.versions().values()) {
            HistoryRow first = versions.get(0);
            List<HistoryRow> validations = sighted.validationsOf(first.learningId()).stream()
                    .filter(v -> !v.teamId().equals(first.teamId())).toList();
            TreeMap<java.time.LocalDate, Spread.ReachPoint> reach = new TreeMap<>();
            Set<UUID> teams = new HashSet<>();
            Set<UUID> regions = new HashSet<>();
            for (HistoryRow v : validations) {
                teams.add(v.teamId());
                regions.add(v.regionId());
                java.time.LocalDate date = v.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
                reach.put(date, new Spread.ReachPoint(date, teams.size(), regions.size()));
                flows.computeIfAbsent(List.of(first.regionId(), v.regionId()), k -> new HashSet<>()).add(v.learningId());
            }
            HistoryRow firstElsewhere = validations.isEmpty() ? null : validations.get(0);
            Long took = firstElsewhere == null ? null
                    : Duration.between(first.occurredAt(), firstElsewhere.occurredAt()).toDays();
            if (took != null) {
                days.add(took);
            }
            learnings.add(new Spread.LearningReach(first.learningId(), first.teamId(), first.regionId(),
                    versions.get(versions.size() - 1).title(), first.occurredAt(),
                    firstElsewhere == null ? null : firstElsewhere.occurredAt(), took, List.copyOf(reach.values())));
        }
        learnings.sort(Comparator.comparing(Spread.LearningReach::firstPublishedAt)
                .thenComparing(l -> l.learningId().toString()));
        return new Spread(learnings, timeToFirst(days), flows.entrySet().stream()
                .map(e -> new Spread.Flow(e.getKey().get(0), e.getKey().get(1), e.getValue().size())).toList());
    }

    static Spread.TimeToFirstValidation timeToFirst(List<Long> days) {
        List<Long> sorted = days.stream().sorted().toList();
        Double median = sorted.isEmpty() ? null : sorted.size() % 2 == 1 ? (double) sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
        List<Spread.Bucket> buckets = new ArrayList<>();
        long lower = 0;
        for (int upTo : BUCKETS) {
            long from = lower;
            buckets.add(new Spread.Bucket(from + "-" + (upTo - 1) + " days", upTo,
                    (int) sorted.stream().filter(d -> d >= from && d < upTo).count()));
            lower = upTo;
        }
        long last = lower;
        buckets.add(new Spread.Bucket(last + "+ days", null, (int) sorted.stream().filter(d -> d >= last).count()));
        return new Spread.TimeToFirstValidation(sorted.size(), median, buckets);
    }
}
