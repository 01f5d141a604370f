package org.learningledger.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonErased;

/**
 * The erase step of a generated history, after its batches, as the command side erases: observations,
 * whole experiments, and a learning revision with the versions published from it (withdrawn first
 * when its current publication is among them), by the team or by an administrator; lessons, by a reviewer
 * or an administrator. Each erased item
 * keeps its distinguishing texts (which no reader may get any more) and its owning team (which gets
 * null and erasedAt where the text was).
 */
final class GeneratedErasures {

    /**
     * One erased item. {@code kind}: observation, experiment or revision; {@code id}: the experiment or
     * learning; {@code part}: the observation id or the revision number; {@code versions}: those erased with it.
     */
    record Erased(String kind, UUID teamId, UUID id, String part, List<Integer> versions, List<String> texts,
                  String by) {
    }

    final List<Erased> erased = new ArrayList<>();

    GeneratedErasures(Random random, Interleaving events, LongSupplier minutes, List<GeneratedHistory.Experiment> experiments,
            List<GeneratedLearning> learnings, List<GeneratedReports.Lesson> lessons) {
        for (GeneratedHistory.Experiment e : experiments) {
            int pick = random.nextInt(4);
            Erasure erasure = erasure(random);
            if (pick == 0) {
                List<String> texts = new ArrayList<>(List.of("Question " + e.id()));
                e.observations().forEach(o -> texts.add("seen " + o));
                if (e.abandonReason() != null) {
                    texts.add(e.abandonReason());
                }
                erased.add(new Erased("experiment", e.teamId(), e.id(), null, List.of(), texts, erasure.role().name()));
                events.add(e.id(), minutes.getAsLong(), new ExperimentErased(e.id(), e.teamId(), e.observations(), erasure));
            } else if (pick == 1 && !e.observations().isEmpty()) {
                UUID o = e.observations().get(random.nextInt(e.observations().size()));
                erased.add(new Erased("observation", e.teamId(), e.id(), o.toString(), List.of(), List.of("seen " + o),
                        erasure.role().name()));
                events.add(e.id(), minutes.getAsLong(), new ObservationErased(e.id(), e.teamId(), o, erasure));
            }
        }
        for (GeneratedLearning l : learnings) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            int revision = 1 + random.nextInt(l.drafts.size());
            String title = l.drafts.get(revision - 1).title();
            List<Integer> versions = l.versions.stream().filter(v -> v.title().equals(title))
                    .map(GeneratedLearning.Version::number).toList();
            GeneratedLearning.Version latest = l.versions.isEmpty() ? null : l.versions.get(l.versions.size() - 1);
            Tier tier = l.versions.stream().map(GeneratedLearning.Version::tier).max(Tier::compareTo).orElse(null);
            if (latest != null && versions.contains(latest.number()) && l.withdrawnBatch == Integer.MAX_VALUE) {
                events.add(l.id, minutes.getAsLong(), new LearningWithdrawn(l.id, l.teamId, l.regionId, tier, null));
            }
            Erasure erasure = erasure(random);
            erased.add(new Erased("revision", l.teamId, l.id, String.valueOf(revision), versions, List.of(title),
                    erasure.role().name()));
            events.add(l.id, minutes.getAsLong(), new LearningRevisionErased(l.id, l.teamId, revision, versions,
                    tier == null ? null : l.regionId, tier, erasure));
        }
        lessons(random, events, minutes, lessons);
    }

    /** A third of the lessons, drafts and approved alike, by a reviewer of the region or an administrator. */
    private void lessons(Random random, Interleaving events, LongSupplier minutes, List<GeneratedReports.Lesson> lessons) {
        for (GeneratedReports.Lesson l : lessons) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            Erasure erasure = random.nextBoolean()
                    ? new Erasure("rev", Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null)
                    : new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-1/2026");
            erased.add(new Erased("lesson", null, l.id(), null, List.of(), List.of("lesson " + l.id()),
                    erasure.role().name()));
            events.add(l.id(), minutes.getAsLong(), new LessonErased(l.id(), l.reportId(), l.regionId(), erasure));
        }
    }

    private static Erasure erasure(Random random) {
        return random.nextBoolean()
                ? new Erasure("member", Erasure.ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null)
                : new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-1/2026");
    }
}
