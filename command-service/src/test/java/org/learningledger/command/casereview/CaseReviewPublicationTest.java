package org.learningledger.command.casereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningledger.command.casereview.CaseReviewTest.FINDING;
import static org.learningledger.command.casereview.CaseReviewTest.FINDING_RECORDED;
import static org.learningledger.command.casereview.CaseReviewTest.ID;
import static org.learningledger.command.casereview.CaseReviewTest.ISSUE;
import static org.learningledger.command.casereview.CaseReviewTest.ISSUE_RAISED;
import static org.learningledger.command.casereview.CaseReviewTest.IVA;
import static org.learningledger.command.casereview.CaseReviewTest.JANA;
import static org.learningledger.command.casereview.CaseReviewTest.JANA_JOINED;
import static org.learningledger.command.casereview.CaseReviewTest.NONE;
import static org.learningledger.command.casereview.CaseReviewTest.OPENED;
import static org.learningledger.command.casereview.CaseReviewTest.OTA;
import static org.learningledger.command.casereview.CaseReviewTest.REGION;
import static org.learningledger.command.casereview.CaseReviewTest.REVIEW;
import static org.learningledger.command.casereview.CaseReviewTest.REVIEWS;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.casereview.CaseReviewCommands.ApprovePublication;
import org.learningledger.command.casereview.CaseReviewCommands.EraseCaseReview;
import org.learningledger.command.casereview.CaseReviewCommands.ProposePublication;
import org.learningledger.command.casereview.CaseReviewCommands.RecordFinding;
import org.learningledger.command.casereview.CaseReviewCommands.WithdrawCaseReview;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.Tier;

/** A case review's snapshot: proposed by a reviewer, published only on a second reviewer's approval. */
class CaseReviewPublicationTest {

    static final CaseReviewSnapshot SNAPSHOT = new CaseReviewSnapshot("Víkendové žádosti",
            List.of(new CaseReviewSnapshot.Finding(FINDING, "Rozpis služeb nepokrýval pátky",
                    Set.of(ContributoryFactor.ORGANISATION), false, List.of())),
            List.of(new CaseReviewSnapshot.Issue(ISSUE, "Jak vedení ví, že je rozpis pokrytý?", List.of())));
    static final CaseReviewPublicationProposed PROPOSED = new CaseReviewPublicationProposed(REVIEW, REGION, 1,
            Tier.NATION, SNAPSHOT, "iva");
    static final CaseReviewPublished PUBLISHED = new CaseReviewPublished(REVIEW, REGION, 1, Tier.NATION, SNAPSHOT,
            "ota");
    static final Erasure BY_REVIEWER = new Erasure("ota", Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS,
            null);
    static final CaseReviewErased ERASED = new CaseReviewErased(REVIEW, REGION, List.of(FINDING, ISSUE), BY_REVIEWER);

    private FixtureConfiguration<CaseReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseReview.class);
    }

    @Test
    void givenFindingsAndIssues_whenAReviewerProposes_thenTheSnapshotIsProposedNotPublished() {
        fixture.given(OPENED, FINDING_RECORDED, ISSUE_RAISED).when(new ProposePublication(ID, IVA, Tier.NATION, REVIEWS))
                .expectEvents(PROPOSED).expectResultMessagePayload(1);
    }

    @Test
    void givenAProposal_whenTheSameIsProposedAgain_thenItsVersionIsAnswered() {
        fixture.given(OPENED, FINDING_RECORDED, ISSUE_RAISED, PROPOSED)
                .when(new ProposePublication(ID, IVA, Tier.NATION, REVIEWS)).expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void givenNoFinding_whenProposing_thenRefusedNamingFindings() {
        fixture.given(OPENED, ISSUE_RAISED).when(new ProposePublication(ID, IVA, Tier.REGION, REVIEWS))
                .expectException(UnprocessableField.class).expectNoEvents();
    }

    @Test
    void givenAnExactDateInAFinding_whenProposing_thenRefusedNamingTheFindingsText() {
        FindingRecorded dated = new FindingRecorded(REVIEW, REGION, FINDING, "Stalo se 12. 3. 2026 v noci.",
                Set.of(ContributoryFactor.TASK), false, "iva");
        fixture.given(OPENED, dated).when(new ProposePublication(ID, IVA, Tier.REGION, REVIEWS))
                .expectException(IdentifyingDetails.class).expectNoEvents();
        assertThatThrownBy(() -> CaseReviewRules.publishable(new CaseReviewSnapshot("t", List.of(
                new CaseReviewSnapshot.Finding(FINDING, "Stalo se 12. 3. 2026 v noci.", Set.of(ContributoryFactor.TASK),
                        false, List.of())), List.of())))
                .isInstanceOfSatisfying(IdentifyingDetails.class,
                        e -> assertThat(e.findings()).extracting(f -> f.field()).contains("findings[0].text"));
    }

    @Test
    void givenAParticipantWhoIsNoReviewer_whenProposing_thenNotPermitted() {
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(new ProposePublication(ID, JANA, Tier.REGION, NONE))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenAProposal_whenTheProposerApproves_thenASecondReviewerIsNeeded() {
        fixture.given(OPENED, FINDING_RECORDED, ISSUE_RAISED, PROPOSED).when(new ApprovePublication(ID, IVA, 1, REVIEWS))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "A case review is published only when a second reviewer of the region, not its proposer, approves.")
                .expectNoEvents();
    }

    @Test
    void givenAProposal_whenASecondReviewerApproves_thenPublished_andApprovingAgainChangesNothing() {
        fixture.given(OPENED, FINDING_RECORDED, ISSUE_RAISED, PROPOSED).when(new ApprovePublication(ID, OTA, 1, REVIEWS))
                .expectEvents(PUBLISHED);
        fixture.given(OPENED, FINDING_RECORDED, ISSUE_RAISED, PROPOSED, PUBLISHED)
                .when(new ApprovePublication(ID, OTA, 1, REVIEWS)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenNoSuchVersion_whenApproving_thenUnknownItem() {
        fixture.given(OPENED, FINDING_RECORDED).when(new ApprovePublication(ID, OTA, 1, REVIEWS))
                .expectException(UnknownItem.class).expectNoEvents();
    }

    @Test
    void givenAReviewerOfAnotherRegion_whenApproving_thenNotFound() {
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED).when(new ApprovePublication(ID, OTA, 1, NONE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenPublished_whenWithdrawn_thenWithdrawn_andAgainChangesNothing() {
        CaseReviewWithdrawn withdrawn = new CaseReviewWithdrawn(REVIEW, REGION, "ota", "Vedení chce celou revizi");
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED, PUBLISHED)
                .when(new WithdrawCaseReview(ID, OTA, "Vedení chce celou revizi", REVIEWS)).expectEvents(withdrawn);
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED, PUBLISHED, withdrawn)
                .when(new WithdrawCaseReview(ID, OTA, "Znovu", REVIEWS)).expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNeverPublished_whenWithdrawing_thenNotPublished() {
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED).when(new WithdrawCaseReview(ID, OTA, "x", REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAReviewer_whenErasing_thenEveryItemIsListed() {
        fixture.given(OPENED, FINDING_RECORDED, ISSUE_RAISED, PROPOSED)
                .when(new EraseCaseReview(ID, BY_REVIEWER, true, REVIEWS)).expectEvents(ERASED);
    }

    @Test
    void givenAnAdministratorOnARequest_whenErasing_thenErasedWithoutReviewership() {
        Erasure admin = new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
                "DSR-1");
        fixture.given(OPENED, FINDING_RECORDED).when(new EraseCaseReview(ID, admin, true, NONE))
                .expectEvents(new CaseReviewErased(REVIEW, REGION, List.of(FINDING), admin));
    }

    @Test
    void givenAParticipantWhoIsNoReviewer_whenErasing_thenNotFound() {
        Erasure jana = new Erasure("jana", Erasure.ErasedBy.REVIEWER, ErasureReason.ENTERED_IN_ERROR, null);
        fixture.given(OPENED, JANA_JOINED).when(new EraseCaseReview(ID, jana, true, NONE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenErased_whenErasingAgain_thenAlreadyErased() {
        fixture.given(OPENED, FINDING_RECORDED, ERASED).when(new EraseCaseReview(ID, BY_REVIEWER, true, REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAnErasedReview_whenAnyContentComes_thenRefused() {
        fixture.given(OPENED, FINDING_RECORDED, ERASED).when(new RecordFinding(ID, IVA, UUID.randomUUID(), "Nový",
                Set.of(ContributoryFactor.TASK), false, REVIEWS)).expectException(RuleViolation.class).expectNoEvents();
        fixture.given(OPENED, FINDING_RECORDED, ERASED).when(new ProposePublication(ID, IVA, Tier.REGION, REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED, ERASED).when(new ApprovePublication(ID, OTA, 1, REVIEWS))
                .expectException(RuleViolation.class).expectNoEvents();
    }
}
