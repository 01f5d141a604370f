package org.learningledger.command.keys;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.report.ReportErased;
import org.springframework.stereotype.Component;

/**
 * Deletes data keys when an erasure event is appended: a subscribing processor (command-service.yml),
 * so the deletion runs in the transaction that appends the event and commits or rolls back with it;
 * a failure here fails the command (ForwarderConfig propagates it). Subscribing processors never
 * replay, and an erased key stays erased, so nothing here runs twice for one erasure.
 * The erasure time is the event's timestamp as the store keeps it (milliseconds), the time every
 * reader of the event sees.
 */
@Component
@ProcessingGroup(KeyEraser.GROUP)
class KeyEraser {

    static final String GROUP = "data-keys";

    private final DataKeys keys;

    KeyEraser(DataKeys keys) {
        this.keys = keys;
    }

    private static Instant stored(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MILLIS);
    }

    @EventHandler
    void on(ObservationErased e, @Timestamp Instant timestamp) {
        Instant at = stored(timestamp);
        keys.erase(ContentItem.observation(e.experimentId(), e.observationId()), at);
    }

    /** The experiment's own item covers its observations; the listed ones are named too, keyed or not. */
    @EventHandler
    void on(ExperimentErased e, @Timestamp Instant timestamp) {
        Instant at = stored(timestamp);
        keys.erase(ContentItem.experiment(e.experimentId()), at);
        e.observationIds().forEach(observation -> keys.erase(ContentItem.observation(e.experimentId(), observation), at));
    }

    @EventHandler
    void on(LearningRevisionErased e, @Timestamp Instant timestamp) {
        Instant at = stored(timestamp);
        keys.erase(ContentItem.revision(e.learningId(), e.revision()), at);
        e.versions().forEach(version -> keys.erase(ContentItem.version(e.learningId(), version), at));
    }

    @EventHandler
    void on(LearningNoteErased e, @Timestamp Instant timestamp) {
        keys.erase(e.kind() == NoteKind.WITHDRAWAL_REASON ? ContentItem.withdrawal(e.learningId())
                : ContentItem.endorsement(e.learningId(), e.stewardId()), stored(timestamp));
    }

    /** One key holds all of a report's texts: what was reported, added, replied and the triage reasons. */
    @EventHandler
    void on(ReportErased e, @Timestamp Instant timestamp) {
        keys.erase(ContentItem.report(e.reportId()), stored(timestamp));
    }

    @EventHandler
    void on(LessonErased e, @Timestamp Instant timestamp) {
        keys.erase(ContentItem.lesson(e.lessonId()), stored(timestamp));
    }
}
