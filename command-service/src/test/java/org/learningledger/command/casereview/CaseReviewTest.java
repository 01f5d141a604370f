package org.learningledger.command.casereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.casereview.CaseReviewCommands.AddParticipant;
import org.learningledger.command.casereview.CaseReviewCommands.OpenCaseReview;
import org.learningledger.command.casereview.CaseReviewCommands.RaiseBoardIssue;
import org.learningledger.command.casereview.CaseReviewCommands.RecordAddendum;
import org.learningledger.command.casereview.CaseReviewCommands.RecordEpisode;
import org.learningledger.command.casereview.CaseReviewCommands.RecordFinding;
import org.learningledger.command.casereview.CaseReviewCommands.RemoveParticipant;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.learning.Tier;

/** A case review's workspace: who may write in it, and what each part must be. */
class CaseReviewTest {

    static final UUID REVIEW = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final RegionId REGION_ID = new RegionId(REGION);
    static final Reviewerships REVIEWS = new Reviewerships(List.of(REGION_ID));
    static final Reviewerships NONE = Reviewerships.none();
    static final UserId IVA = new UserId("iva");
    static final UserId OTA = new UserId("ota");
    static final UserId JANA = new UserId("jana");
    static final CaseReviewId ID = new CaseReviewId(REVIEW);
    static final UUID EPISODE = UUID.randomUUID();
    static final UUID FINDING = UUID.randomUUID();
    static final UUID ISSUE = UUID.randomUUID();

    static final CaseReviewOpened OPENED = new CaseReviewOpened(REVIEW, REGION, "iva",
            CaseReviewKind.AFTER_ACTION_REVIEW, "Víkendové žádosti");
    static final CaseReviewParticipantAdded JANA_JOINED = new CaseReviewParticipantAdded(REVIEW, REGION, "jana",
            ParticipantRole.CASE_GROUP, "iva");
    static final EpisodeRecorded EPISODE_RECORDED = new EpisodeRecorded(REVIEW, REGION, EPISODE,
            LocalDate.of(2026, 3, 6), "Žádost čekala do pondělí", "Schránka vypadala prázdná", "jana");
    static final FindingRecorded FINDING_RECORDED = new FindingRecorded(REVIEW, REGION, FINDING,
            "Rozpis služeb nepokrýval pátky", Set.of(ContributoryFactor.ORGANISATION), false, "jana");
    static final BoardIssueRaised ISSUE_RAISED = new BoardIssueRaised(REVIEW, REGION, ISSUE,
            "Jak vedení ví, že je rozpis pokrytý?", "iva");

    private FixtureConfiguration<CaseReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseReview.class);
    }

    static RecordFinding finding(UserId actor, Set<ContributoryFactor> factors, Reviewerships reviewerships) {
        return new RecordFinding(ID, actor, FINDING, "Rozpis služeb nepokrýval pátky", factors, false, reviewerships);
    }

    @Test
    void givenReviewerOfRegion_whenOpening_thenOpenedAndLed() {
        fixture.givenNoPriorActivity().when(new OpenCaseReview(ID, REGION_ID, IVA, CaseReviewKind.AFTER_ACTION_REVIEW,
                "Víkendové žádosti", REVIEWS)).expectEvents(OPENED);
    }

    @Test
    void givenNoReviewer_whenOpening_thenNotFound() {
        fixture.givenNoPriorActivity().when(new OpenCaseReview(ID, REGION_ID, JANA, CaseReviewKind.ROUND_TABLE, "x",
                NONE)).expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnotherRecordUnderTheId_whenOpening_thenIdAlreadyUsed() {
        fixture.given(new LessonDrafted(REVIEW, UUID.randomUUID(), REGION, "ota", "t", "s", "p", Tier.REGION))
                .when(new OpenCaseReview(ID, REGION_ID, IVA, CaseReviewKind.ROUND_TABLE, "x", REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenOpened_whenTheSameOpeningIsRetried_thenNothingAppended() {
        fixture.given(OPENED).when(new OpenCaseReview(ID, REGION_ID, IVA, CaseReviewKind.AFTER_ACTION_REVIEW,
                "Víkendové žádosti", REVIEWS)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenLead_whenAddingAKnownPerson_thenTheyTakePart() {
        fixture.given(OPENED).when(new AddParticipant(ID, IVA, JANA, ParticipantRole.CASE_GROUP, true, NONE))
                .expectEvents(JANA_JOINED);
    }

    @Test
    void givenLead_whenAddingAnUnknownPerson_thenRefusedNamingUserId() {
        fixture.given(OPENED).when(new AddParticipant(ID, IVA, JANA, ParticipantRole.CASE_GROUP, false, REVIEWS))
                .expectException(UnprocessableField.class).expectNoEvents();
    }

    @Test
    void givenAParticipantWhoIsNoReviewer_whenAddingSomeone_thenNotPermitted() {
        fixture.given(OPENED, JANA_JOINED)
                .when(new AddParticipant(ID, JANA, OTA, ParticipantRole.REVIEW_TEAM, true, NONE))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenAParticipant_whenRecordingAFinding_thenRecorded() {
        fixture.given(OPENED, JANA_JOINED).when(finding(JANA, Set.of(ContributoryFactor.ORGANISATION), NONE))
                .expectEvents(FINDING_RECORDED);
    }

    @Test
    void givenAFindingWithNoFactor_whenRecorded_thenRefusedNamingFactors() {
        fixture.given(OPENED, JANA_JOINED).when(finding(JANA, Set.of(), NONE))
                .expectException(UnprocessableField.class).expectNoEvents();
    }

    @Test
    void givenARemovedParticipant_whenRecordingAnything_thenNotFoundAsToAStranger() {
        fixture.given(OPENED, JANA_JOINED, new CaseReviewParticipantRemoved(REVIEW, REGION, "jana", "iva"))
                .when(finding(JANA, Set.of(ContributoryFactor.TASK), NONE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenTheLead_whenRemovingAParticipant_thenRemoved_andRemovingAgainChangesNothing() {
        fixture.given(OPENED, JANA_JOINED).when(new RemoveParticipant(ID, IVA, JANA, REVIEWS))
                .expectEvents(new CaseReviewParticipantRemoved(REVIEW, REGION, "jana", "iva"));
        fixture.given(OPENED).when(new RemoveParticipant(ID, IVA, JANA, REVIEWS))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAStranger_whenRecordingAnEpisode_thenNotFound() {
        fixture.given(OPENED).when(new RecordEpisode(ID, OTA, EPISODE, LocalDate.of(2026, 3, 6), "a", "b", NONE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenNoRecord_whenRecordingAnEpisode_thenNotFound() {
        // the API answers AggregateNotFoundException with the same 404 as NotFound
        fixture.givenNoPriorActivity()
                .when(new RecordEpisode(ID, IVA, EPISODE, LocalDate.of(2026, 3, 6), "a", "b", REVIEWS))
                .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    @Test
    void givenAnItemId_whenUsedForAnotherItem_thenIdAlreadyUsed_andTheSameItemAgainIsARetry() {
        fixture.given(OPENED, JANA_JOINED, EPISODE_RECORDED)
                .when(new RaiseBoardIssue(ID, JANA, EPISODE, "Jak to vedení ví?", NONE))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(OPENED, JANA_JOINED, EPISODE_RECORDED)
                .when(new RecordEpisode(ID, JANA, EPISODE, LocalDate.of(2026, 3, 6), "Žádost čekala do pondělí",
                        "Schránka vypadala prázdná", NONE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAPersonsNameInABoardIssue_whenRaised_thenRefusedNamingQuestion() {
        fixture.given(OPENED).when(new RaiseBoardIssue(ID, IVA, ISSUE, "Proč paní Nováková nezvedla telefon?", REVIEWS))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenABoardIssueAboutTheSystem_whenRaised_thenRaised() {
        fixture.given(OPENED).when(new RaiseBoardIssue(ID, IVA, ISSUE, "Jak vedení ví, že je rozpis pokrytý?", REVIEWS))
                .expectEvents(ISSUE_RAISED);
    }

    @Test
    void givenAnAddendumToAFindingOfThisReview_whenRecorded_thenRecorded() {
        UUID addendum = UUID.randomUUID();
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED)
                .when(new RecordAddendum(ID, JANA, addendum, FINDING, "Některé pátky pokryté byly", NONE))
                .expectEvents(new AddendumRecorded(REVIEW, REGION, addendum, FINDING, "Některé pátky pokryté byly",
                        "jana"));
    }

    @Test
    void givenAnAddendumReferringToAnItemOfAnotherReview_whenRecorded_thenRefusedNamingRefersTo() {
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED)
                .when(new RecordAddendum(ID, JANA, UUID.randomUUID(), UUID.randomUUID(), "Oprava", NONE))
                .expectException(UnprocessableField.class).expectNoEvents();
    }

    @Test
    void givenUnprocessableFields_whenRefused_thenEachNamesItsFieldAndRule() {
        assertThatThrownBy(() -> CaseReviewRules.hasFactor(Set.of())).isInstanceOfSatisfying(UnprocessableField.class,
                e -> assertThat(e.field() + " " + e.rule()).isEqualTo("factors at-least-one"));
        assertThatThrownBy(() -> CaseReviewRules.itemOfThisReview(UUID.randomUUID(), Set.of()))
                .isInstanceOfSatisfying(UnprocessableField.class,
                        e -> assertThat(e.field() + " " + e.rule()).isEqualTo("refersTo item-of-this-review"));
    }

    @Test
    void givenAPersonsNameInABoardIssue_whenChecked_thenTheFindingNamesQuestion() {
        assertThatThrownBy(() -> CaseReviewRules.namesNoOne("Proč paní Nováková nezvedla telefon?"))
                .isInstanceOfSatisfying(IdentifyingDetails.class, e -> assertThat(e.findings())
                        .allSatisfy(f -> assertThat(f.field()).isEqualTo("question")).isNotEmpty());
    }
}
