package org.learningledger.command.experiment;

import java.util.Optional;
import java.util.UUID;
import org.learningledger.command.casereview.CaseReviewDirectory;
import org.learningledger.command.casereview.CaseReviewDirectory.PublishedFinding;
import org.learningledger.command.keys.KeyStatus;
import org.learningledger.command.learning.LearningDirectory;
import org.learningledger.command.learning.RecordedExperiment;
import org.learningledger.command.learning.RecordedLearning;
import org.learningledger.command.lesson.LessonDirectory;
import org.learningledger.command.lesson.RecordedLesson;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.ContentItem;
import org.springframework.stereotype.Component;

/**
 * Loads, just before a command is dispatched, the facts the experiment decisions take, so that the
 * aggregate only checks them against its state: what was known when the command arrived.
 */
@Component
class ExperimentFacts {

    private final Directory directory;
    private final LearningDirectory learnings;
    private final KeyStatus keys;

    private final LessonDirectory lessons;
    private final CaseReviewDirectory findings;

    ExperimentFacts(Directory directory, LearningDirectory learnings, KeyStatus keys, LessonDirectory lessons,
                    CaseReviewDirectory findings) {
        this.directory = directory;
        this.learnings = learnings;
        this.keys = keys;
        this.lessons = lessons;
        this.findings = findings;
    }

    /** Whether the item's text is encrypted (has a key row): content stored before encryption has none. */
    boolean encrypted(ContentItem item) {
        return keys.exists(item);
    }

    Memberships memberships(UserId actor) {
        return directory.memberships(actor);
    }

    /** The learning a proposal builds on, as recorded; empty without {@code basedOn} or when unknown. */
    Optional<RecordedLearning> basedOn(UUID basedOn) {
        return basedOn == null ? Optional.empty() : learnings.learning(basedOn);
    }

    /** The experiment a proposal follows as its next cycle, as recorded; empty without {@code follows} or when unknown. */
    Optional<RecordedExperiment> followed(UUID follows) {
        return follows == null ? Optional.empty() : learnings.experiment(follows);
    }

    /** The lesson a proposal builds on, as recorded; empty without {@code basedOn} or when it names none. */
    Optional<RecordedLesson> basedOnLesson(UUID basedOn) {
        return basedOn == null ? Optional.empty() : lessons.lesson(basedOn);
    }

    /**
     * The case-review finding a proposal builds on, if a published, not withdrawn or erased snapshot holds it;
     * empty without {@code basedOn} or otherwise.
     */
    Optional<PublishedFinding> basedOnFinding(UUID basedOn) {
        return basedOn == null ? Optional.empty() : findings.publishedFinding(basedOn);
    }
}
