package org.learningledger.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;

/**
 * Random reviewers, confidential reports and lessons of one history: 0-2 reviewers per region (members,
 * stewards or people of their own), 0-2 reports per region with additions and triage, lesson drafts, and
 * in the second round removed reviewers, approvals (at REGION or NATION) and more reports.
 */
final class GeneratedReports {

    /** A report of a region and kind, submitted in {@code batch}. */
    record Report(UUID id, UUID regionId, int batch, ReportKind kind) {
    }

    /**
     * A lesson drafted at {@code draftTier} in batch {@code draftedIn}; approved at {@code tier} in batch
     * {@code approvedIn} (-1: never).
     */
    record Lesson(UUID id, UUID reportId, UUID regionId, int draftedIn, Tier draftTier, int approvedIn, Tier tier) {

        /** The tier the read model holds after {@code batch}: the draft's until approved. */
        Tier tierAt(int batch) {
            return approvedAt(batch) ? tier : draftTier;
        }

        boolean existsAt(int batch) {
            return batch >= draftedIn;
        }

        boolean approvedAt(int batch) {
            return approvedIn >= 0 && batch >= approvedIn;
        }
    }

    /** The regions each person reviews after batch 1 (index 0) and after batch 2 (index 1). */
    final List<Map<String, Set<UUID>>> reviewerOf = List.of(new HashMap<>(), new HashMap<>());
    final List<Report> reports = new ArrayList<>();
    final List<Lesson> lessons = new ArrayList<>();

    private final Random random;
    private final Interleaving events;
    private final LongSupplier minute;

    GeneratedReports(Random random, Interleaving events, LongSupplier minute) {
        this.random = random;
        this.events = events;
        this.minute = minute;
    }

    /** Round 0 appoints reviewers from {@code people} or {@code newPerson}; round 1 removes some. */
    void round(int round, List<GeneratedHistory.Region> regions, List<String> people, Function<String, String> newPerson) {
        if (round == 0) {
            regions.forEach(region -> {
                for (int r = random.nextInt(3); r > 0; r--) {
                    String reviewer = random.nextBoolean() ? people.get(random.nextInt(people.size()))
                            : newPerson.apply("reviewer");
                    if (reviewerOf.get(0).computeIfAbsent(reviewer, x -> new HashSet<>()).add(region.id())) {
                        events.add(region.id(), minute.getAsLong(), new ReviewerAppointed(region.id(), reviewer));
                    }
                }
            });
        } else {
            reviewerOf.get(0).forEach((reviewer, ofRegions) -> {
                Set<UUID> kept = new HashSet<>(ofRegions);
                ofRegions.stream().filter(region -> random.nextInt(10) < 2).toList().forEach(region -> {
                    kept.remove(region);
                    events.add(region, minute.getAsLong(), new ReviewerRemoved(region, reviewer));
                });
                reviewerOf.get(1).put(reviewer, kept);
            });
            lessons.replaceAll(l -> random.nextInt(10) < 6 ? approve(l) : l);
        }
        regions.forEach(region -> {
            for (int n = random.nextInt(3) - round; n > 0; n--) {
                report(region.id(), round);
            }
        });
    }

    private void report(UUID region, int batch) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        ReportKind kind = ReportKind.values()[random.nextInt(4)];
        reports.add(new Report(id, region, batch, kind));
        events.add(id, minute.getAsLong(), new ReportSubmitted(id, region, kind,
                "happened " + id, null, null, "pbkdf2-sha256$210000$test-" + id));
        if (random.nextBoolean()) {
            events.add(id, minute.getAsLong(), new ReportAdded(id, region, new UUID(random.nextLong(), 1), "more"));
        }
        if (random.nextBoolean()) {
            events.add(id, minute.getAsLong(), new ReportTriaged(id, region, ReportState.UNDER_REVIEW, "rev", "why"));
        }
        if (random.nextInt(10) < 4) {
            UUID lesson = new UUID(random.nextLong(), random.nextLong());
            Tier tier = random.nextBoolean() ? Tier.REGION : Tier.NATION;
            lessons.add(new Lesson(lesson, id, region, batch, tier, -1, tier));
            events.add(lesson, minute.getAsLong(), new LessonDrafted(lesson, id, region, "rev", "lesson " + lesson,
                    "summary", "practice", tier));
        }
    }

    private Lesson approve(Lesson lesson) {
        Tier tier = random.nextBoolean() ? Tier.REGION : Tier.NATION;
        events.add(lesson.id(), minute.getAsLong(), new LessonApproved(lesson.id(), lesson.reportId(),
                lesson.regionId(), "rev2", tier, "lesson " + lesson.id(), "summary", "practice"));
        return new Lesson(lesson.id(), lesson.reportId(), lesson.regionId(), lesson.draftedIn(), lesson.draftTier(),
                1, tier);
    }
}
