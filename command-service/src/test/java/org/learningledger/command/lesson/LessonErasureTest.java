package org.learningledger.command.lesson;

import static org.learningledger.command.support.Refusals.rule;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.lesson.LessonCommands.ApproveLesson;
import org.learningledger.command.lesson.LessonCommands.DraftLesson;
import org.learningledger.command.lesson.LessonCommands.EraseLesson;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.organisation.RegionRegistered;

/** Erasing a lesson: its region's reviewers or an administrator on a request; then no new text, no approval. */
class LessonErasureTest {

    static final Erasure BY_REVIEWER = new Erasure("ota", ErasedBy.REVIEWER, ErasureReason.ENTERED_IN_ERROR, null);
    static final Erasure BY_ADMIN = new Erasure("admin", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
            "DSR-7");
    static final LessonErased ERASED = new LessonErased(LessonTest.LESSON, LessonTest.REPORT, LessonTest.REGION,
            BY_REVIEWER);

    private FixtureConfiguration<Lesson> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lesson.class);
    }

    static EraseLesson erase(Erasure erasure, boolean encrypted, Reviewerships reviewerships) {
        return new EraseLesson(new LessonId(LessonTest.LESSON), erasure, encrypted, reviewerships);
    }

    @Test
    void givenApprovedLesson_whenAReviewerOfItsRegionErases_thenLessonErased() {
        fixture.given(LessonTest.DRAFTED, LessonTest.APPROVED).when(erase(BY_REVIEWER, true, LessonTest.REVIEWS))
                .expectEvents(ERASED);
    }

    @Test
    void givenDraft_whenAnAdministratorErasesOnARequest_thenErasedWithoutReviewership() {
        fixture.given(LessonTest.DRAFTED).when(erase(BY_ADMIN, true, Reviewerships.none()))
                .expectEvents(new LessonErased(LessonTest.LESSON, LessonTest.REPORT, LessonTest.REGION, BY_ADMIN));
    }

    @Test
    void givenLesson_whenANonReviewerErases_thenNotFoundAndNothingAppended() {
        fixture.given(LessonTest.DRAFTED, LessonTest.APPROVED).when(erase(BY_REVIEWER, true, Reviewerships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnotherRecordsId_whenErasedAsALesson_thenNotFound() {
        fixture.given(new RegionRegistered(LessonTest.LESSON, "R")).when(erase(BY_ADMIN, true, LessonTest.REVIEWS))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenErasedLesson_whenErasedAgain_thenAlreadyErased() {
        fixture.given(LessonTest.DRAFTED, ERASED).when(erase(BY_REVIEWER, true, LessonTest.REVIEWS))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenLessonStoredInClear_whenErased_thenNotEncryptedYet() {
        fixture.given(LessonTest.DRAFTED).when(erase(BY_REVIEWER, false, LessonTest.REVIEWS))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    /** An erased draft is never published: its text is gone, and approving it would publish the blank. */
    @Test
    void givenErasedDraft_whenASecondReviewerApproves_thenRefused() {
        fixture.given(LessonTest.DRAFTED, ERASED)
                .when(new ApproveLesson(new LessonId(LessonTest.LESSON), LessonTest.OTA, LessonTest.REVIEWS))
                .expectException(rule("lesson-erased")).expectNoEvents();
    }

    @Test
    void givenErasedLesson_whenTheDraftIsRetried_thenRefused() {
        fixture.given(LessonTest.DRAFTED, ERASED)
                .when(LessonTest.draft("Spisy se ztrácely při předání.", LessonTest.REGION_ID, LessonTest.REVIEWS))
                .expectException(rule("lesson-erased")).expectNoEvents();
    }

    @Test
    void givenErasedReport_whenAReviewerDraftsALessonFromIt_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftLesson(new LessonId(LessonTest.LESSON), LessonTest.REPORT, LessonTest.REGION_ID, true,
                        LessonTest.IVA, "Předávání spisů", "Spisy se ztrácely.", "Předávat osobně.", Tier.REGION,
                        LessonTest.REVIEWS))
                .expectException(rule("report-erased")).expectNoEvents();
    }

    /** To a reviewer of another region an erased report is as unseen as any other: 404, not the erasure's 409. */
    @Test
    void givenErasedReport_whenAReviewerOfAnotherRegionDrafts_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DraftLesson(new LessonId(LessonTest.LESSON), LessonTest.REPORT, LessonTest.REGION_ID, true,
                        LessonTest.IVA, "Předávání spisů", "Spisy se ztrácely.", "Předávat osobně.", Tier.REGION,
                        Reviewerships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }
}
