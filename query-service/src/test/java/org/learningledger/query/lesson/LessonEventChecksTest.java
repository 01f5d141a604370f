package org.learningledger.query.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.query.intake.LedgerEvent;

/** What a lesson's events must carry: the lesson, its report and region, who wrote or approved it, tier, texts. */
class LessonEventChecksTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void givenACompleteDraft_whenChecked_thenCompleteAndAboutTheLesson() {
        LessonDrafted drafted = new LessonDrafted(id, UUID.randomUUID(), UUID.randomUUID(), "rita", "t", "s", "p",
                Tier.REGION);
        assertThat(LessonEventChecks.missingFields(event(drafted))).isEmpty();
        assertThat(LessonEventChecks.aggregateId(drafted)).isEqualTo(id);
    }

    @Test
    void givenAnApprovalWithoutApproverOrTier_whenChecked_thenBothNamed() {
        LessonApproved approved = new LessonApproved(id, UUID.randomUUID(), UUID.randomUUID(), null, null, "t", "s",
                "p");
        assertThat(LessonEventChecks.missingFields(event(approved))).containsExactly("approverId", "tier");
    }

    @Test
    void givenAnErasureWithoutItsRole_whenChecked_thenTheRoleNamed() {
        LessonErased erased = new LessonErased(id, UUID.randomUUID(), UUID.randomUUID(),
                new Erasure("rita", null, ErasureReason.ENTERED_IN_ERROR, null));
        assertThat(LessonEventChecks.missingFields(event(erased))).containsExactly("erasure.role");
        assertThat(LessonEventChecks.aggregateId(erased)).isEqualTo(id);
    }

    @Test
    void givenAnErasureWithoutErasureOrRegion_whenChecked_thenBothNamed() {
        assertThat(LessonEventChecks.missingFields(event(new LessonErased(id, UUID.randomUUID(), null, null))))
                .containsExactly("regionId", "erasure", "erasure.role");
    }

    private LedgerEvent event(LessonEvent payload) {
        return new LedgerEvent(new EventEnvelope(UUID.randomUUID(), payload.getClass().getSimpleName(), "1", "Lesson",
                id, 0, 0, Instant.EPOCH, LedgerJson.mapper().valueToTree(payload)), payload);
    }
}
