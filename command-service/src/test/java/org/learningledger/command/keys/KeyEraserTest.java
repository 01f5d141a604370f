package org.learningledger.command.keys;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.report.ReportErased;

/** Which items each erasure event erases, at the event's time as the store keeps it. */
class KeyEraserTest {

    private static final Erasure BY_TEAM = new Erasure("jana", Erasure.ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null);
    private static final Instant AT = Instant.parse("2026-05-04T10:11:12.345678Z");
    private static final Instant STORED = Instant.parse("2026-05-04T10:11:12.345Z");

    private final DataKeys keys = mock(DataKeys.class);
    private final KeyEraser eraser = new KeyEraser(keys);

    @Test
    void givenAnErasedExperiment_whenHandled_thenItsItemAndEachListedObservation() {
        UUID experiment = UUID.randomUUID();
        UUID o1 = UUID.randomUUID();
        UUID o2 = UUID.randomUUID();
        eraser.on(new ExperimentErased(experiment, UUID.randomUUID(), List.of(o1, o2), BY_TEAM), AT);
        verify(keys).erase(ContentItem.experiment(experiment), STORED);
        verify(keys).erase(ContentItem.observation(experiment, o1), STORED);
        verify(keys).erase(ContentItem.observation(experiment, o2), STORED);
        verifyNoMoreInteractions(keys);
    }

    @Test
    void givenAnErasedRevision_whenHandled_thenTheRevisionAndEachPublishedVersionTakenFromIt() {
        UUID learning = UUID.randomUUID();
        eraser.on(new LearningRevisionErased(learning, UUID.randomUUID(), 3, List.of(1, 2), null, null, BY_TEAM), AT);
        verify(keys).erase(ContentItem.revision(learning, 3), STORED);
        verify(keys).erase(ContentItem.version(learning, 1), STORED);
        verify(keys).erase(ContentItem.version(learning, 2), STORED);
        verifyNoMoreInteractions(keys);
    }

    @Test
    void givenAnErasedWithdrawalReasonOrEndorsementNote_whenHandled_thenThatNotesItem() {
        UUID learning = UUID.randomUUID();
        eraser.on(new LearningNoteErased(learning, UUID.randomUUID(), NoteKind.WITHDRAWAL_REASON, null, null, null,
                BY_TEAM), AT);
        eraser.on(new LearningNoteErased(learning, UUID.randomUUID(), NoteKind.ENDORSEMENT_NOTE, "pavla",
                UUID.randomUUID(), Tier.REGION, BY_TEAM), AT);
        verify(keys).erase(ContentItem.withdrawal(learning), STORED);
        verify(keys).erase(ContentItem.endorsement(learning, "pavla"), STORED);
        verifyNoMoreInteractions(keys);
    }

    @Test
    void givenAnErasedReportOrLesson_whenHandled_thenItsOneItemHoldingAllItsTexts() {
        UUID report = UUID.randomUUID();
        UUID lesson = UUID.randomUUID();
        Erasure reviewer = new Erasure("iva", Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null);
        eraser.on(new ReportErased(report, UUID.randomUUID(), List.of(UUID.randomUUID()), List.of(), reviewer), AT);
        eraser.on(new LessonErased(lesson, report, UUID.randomUUID(), reviewer), AT);
        verify(keys).erase(ContentItem.report(report), STORED);
        verify(keys).erase(ContentItem.lesson(lesson), STORED);
        verifyNoMoreInteractions(keys);
    }
}
