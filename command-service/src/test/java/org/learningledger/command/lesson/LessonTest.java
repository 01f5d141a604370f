package org.learningledger.command.lesson;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.lesson.LessonCommands.ApproveLesson;
import org.learningledger.command.lesson.LessonCommands.DraftLesson;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.organisation.RegionRegistered;

/** A lesson: drafted by a reviewer of the report's region, published when a second reviewer approves it. */
class LessonTest {

    static final UUID LESSON = UUID.randomUUID();
    static final UUID REPORT = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final RegionId REGION_ID = new RegionId(REGION);
    static final Reviewerships REVIEWS = new Reviewerships(List.of(REGION_ID));
    static final UserId IVA = new UserId("iva");
    static final UserId OTA = new UserId("ota");
    static final LessonDrafted DRAFTED = new LessonDrafted(LESSON, REPORT, REGION, "iva", "Předávání spisů",
            "Spisy se ztrácely při předání.", "Předávat osobně.", Tier.REGION);
    static final LessonApproved APPROVED = new LessonApproved(LESSON, REPORT, REGION, "ota", Tier.REGION,
            "Předávání spisů", "Spisy se ztrácely při předání.", "Předávat osobně.");

    private FixtureConfiguration<Lesson> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lesson.class);
    }

    static DraftLesson draft(String summary, RegionId region, Reviewerships reviewerships) {
        return new DraftLesson(new LessonId(LESSON), REPORT, region, false, IVA, "Předávání spisů", summary,
                "Předávat osobně.", Tier.REGION, reviewerships);
    }

    @Test
    void givenReviewerOfRegion_whenDrafting_thenDrafted() {
        fixture.givenNoPriorActivity().when(draft("Spisy se ztrácely při předání.", REGION_ID, REVIEWS))
                .expectEvents(DRAFTED);
    }

    @Test
    void givenReviewerOfAnotherRegion_whenDrafting_thenNotFound() {
        fixture.givenNoPriorActivity().when(draft("x", REGION_ID, Reviewerships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenUnknownReport_whenDrafting_thenNotFound() {
        fixture.givenNoPriorActivity().when(draft("x", null, REVIEWS)).expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenExactDateInSummary_whenDrafting_thenRefusedNamingTheField() {
        fixture.givenNoPriorActivity().when(draft("Stalo se 12. 3. 2026.", REGION_ID, REVIEWS))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenDrafted_whenSameDraftRetried_thenNothingAppended() {
        fixture.given(DRAFTED).when(draft("Spisy se ztrácely při předání.", REGION_ID, REVIEWS))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenDrafted_whenOtherTextUnderSameId_thenIdAlreadyUsed() {
        fixture.given(DRAFTED).when(draft("Jiný text.", REGION_ID, REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAnotherRecord_whenDraftingUnderItsId_thenIdTaken() {
        fixture.given(new RegionRegistered(LESSON, "R")).when(draft("x", REGION_ID, REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenDrafted_whenDrafterApproves_thenSecondReviewerNeeded() {
        fixture.given(DRAFTED).when(new ApproveLesson(new LessonId(LESSON), IVA, REVIEWS))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("second reviewer")).expectNoEvents();
    }

    @Test
    void givenDrafted_whenSecondReviewerApproves_thenApprovedWithTheDraftedText() {
        fixture.given(DRAFTED).when(new ApproveLesson(new LessonId(LESSON), OTA, REVIEWS)).expectEvents(APPROVED);
    }

    @Test
    void givenApproved_whenApprovedAgain_thenNothingAppended() {
        fixture.given(DRAFTED, APPROVED).when(new ApproveLesson(new LessonId(LESSON), IVA, REVIEWS))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenDrafted_whenNonReviewerApproves_thenNotFound() {
        fixture.given(DRAFTED).when(new ApproveLesson(new LessonId(LESSON), OTA, Reviewerships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenNoLesson_whenApproving_thenNotFound() {
        fixture.given(new RegionRegistered(LESSON, "R")).when(new ApproveLesson(new LessonId(LESSON), OTA, REVIEWS))
                .expectException(NotFound.class).expectNoEvents();
    }
}
