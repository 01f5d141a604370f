package org.learningledger.query.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportTriaged;

/**
 * A report's or lesson's erasure names its one item, so the intake drops its cached key and the retired
 * copies of the read model (which hold the texts in clear) are dropped too.
 */
class ErasedItemsTest {

    static final Erasure BY_REVIEWER = new Erasure("rita", Erasure.ErasedBy.REVIEWER, ErasureReason.ENTERED_IN_ERROR,
            null);

    @Test
    void givenAReportErased_whenItsItemsAreAsked_thenTheReportsItem() {
        UUID report = UUID.randomUUID();
        assertThat(ErasedItems.of(new ReportErased(report, UUID.randomUUID(), List.of(UUID.randomUUID()), List.of(),
                BY_REVIEWER))).containsExactly(ContentItem.report(report));
    }

    @Test
    void givenALessonErased_whenItsItemsAreAsked_thenTheLessonsItem() {
        UUID lesson = UUID.randomUUID();
        assertThat(ErasedItems.of(new LessonErased(lesson, UUID.randomUUID(), UUID.randomUUID(), BY_REVIEWER)))
                .containsExactly(ContentItem.lesson(lesson));
    }

    @Test
    void givenAReportEventThatErasesNothing_whenItsItemsAreAsked_thenNone() {
        assertThat(ErasedItems.of(new ReportTriaged(UUID.randomUUID(), UUID.randomUUID(), null, "rita", "x"))).isEmpty();
        assertThat(ErasedItems.of(new ReportErased(null, UUID.randomUUID(), null, null, BY_REVIEWER))).isEmpty();
    }
}
