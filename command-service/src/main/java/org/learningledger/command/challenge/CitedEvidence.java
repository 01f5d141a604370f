package org.learningledger.command.challenge;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.command.casereview.CaseReviewDirectory;
import org.learningledger.command.learning.LearningDirectory;
import org.learningledger.command.lesson.LessonDirectory;
import org.springframework.stereotype.Component;

/** Loads what each evidence id of a challenge names, before the decision (which queries nothing). */
@Component
class CitedEvidence {

    private final LearningDirectory learnings;
    private final LessonDirectory lessons;
    private final CaseReviewDirectory reviews;

    CitedEvidence(LearningDirectory learnings, LessonDirectory lessons, CaseReviewDirectory reviews) {
        this.learnings = learnings;
        this.lessons = lessons;
        this.reviews = reviews;
    }

    List<Cited> of(List<UUID> ids) {
        Map<UUID, UUID> experimentTeams = learnings.teamsOf(ids);
        return ids.stream().map(id -> {
            if (experimentTeams.containsKey(id)) {
                return new Cited(id, Cited.Kind.EXPERIMENT, experimentTeams.get(id), null, null, false);
            }
            return learnings.learning(id)
                    .map(l -> new Cited(id, Cited.Kind.LEARNING, l.teamId(), l.regionId(), l.tier(), l.withdrawn()))
                    .or(() -> lessons.lesson(id).map(l -> new Cited(id, Cited.Kind.LESSON, null, l.regionId(),
                            l.approved() ? l.tier() : null, l.erased())))
                    .or(() -> reviews.publishedFinding(id)
                            .map(f -> new Cited(id, Cited.Kind.FINDING, null, f.regionId(), f.tier(), false)))
                    .orElse(Cited.unknown(id));
        }).toList();
    }
}
