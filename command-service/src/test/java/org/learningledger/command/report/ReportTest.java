package org.learningledger.command.report;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.report.ReportCommands.AddToReport;
import org.learningledger.command.report.ReportCommands.ReplyToReport;
import org.learningledger.command.report.ReportCommands.SubmitReport;
import org.learningledger.command.report.ReportCommands.TriageReport;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportState;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;

/** A confidential report: submitted without a name, added to by its receipt, answered by its region's reviewers. */
class ReportTest {

    static final UUID REPORT = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final UUID ADDITION = UUID.randomUUID();
    static final UUID REPLY = UUID.randomUUID();
    static final String HASH = "pbkdf2-sha256$210000$abc";
    static final ReportSubmitted SUBMITTED = new ReportSubmitted(REPORT, REGION, ReportKind.NEAR_MISS,
            "Spis ležel na stole.", "Kolegyně si všimla.", "Zamykat skříň.", HASH);
    static final UserId IVA = new UserId("iva");
    static final Reviewerships REVIEWS = new Reviewerships(List.of(new RegionId(REGION)));
    static final Reviewerships ELSEWHERE = new Reviewerships(List.of(new RegionId(UUID.randomUUID())));

    private FixtureConfiguration<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
    }

    static SubmitReport submit(boolean known, boolean region) {
        return new SubmitReport(new ReportId(REPORT), new RegionId(REGION), ReportKind.NEAR_MISS, "Spis ležel na stole.",
                "Kolegyně si všimla.", "Zamykat skříň.", HASH, known, region);
    }

    @Test
    void givenNothing_whenKnownPersonReports_thenSubmittedWithTheHashAndNoReporter() {
        fixture.givenNoPriorActivity().when(submit(true, true)).expectEvents(SUBMITTED);
    }

    @Test
    void givenStranger_whenReporting_thenRefusedAndNothingAppended() {
        fixture.givenNoPriorActivity().when(submit(false, true)).expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenUnknownRegion_whenReporting_thenRefusedNamingRegionId() {
        fixture.givenNoPriorActivity().when(submit(true, false)).expectException(FieldRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenSubmitted_whenSubmittedAgain_thenAlreadySubmittedAndNothingAppended() {
        fixture.given(SUBMITTED).when(submit(true, true)).expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("shown once")).expectNoEvents();
    }

    @Test
    void givenAnotherRecord_whenReportingUnderItsId_thenIdTaken() {
        fixture.given(new RegionRegistered(REPORT, "R")).when(submit(true, true)).expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenSubmitted_whenAdded_thenAddedWithoutAName() {
        fixture.given(SUBMITTED).when(new AddToReport(new ReportId(REPORT), ADDITION, "Ještě jedna věc."))
                .expectEvents(new ReportAdded(REPORT, REGION, ADDITION, "Ještě jedna věc."));
    }

    @Test
    void givenAdded_whenSameAdditionRetried_thenNothingAppended() {
        fixture.given(SUBMITTED, new ReportAdded(REPORT, REGION, ADDITION, "x"))
                .when(new AddToReport(new ReportId(REPORT), ADDITION, "x")).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAdded_whenOtherTextUnderSameAdditionId_thenIdAlreadyUsed() {
        fixture.given(SUBMITTED, new ReportAdded(REPORT, REGION, ADDITION, "x"))
                .when(new AddToReport(new ReportId(REPORT), ADDITION, "y")).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenReviewerOfRegion_whenReplying_thenReplied() {
        fixture.given(SUBMITTED).when(new ReplyToReport(new ReportId(REPORT), REPLY, IVA, "Děkujeme.", REVIEWS))
                .expectEvents(new ReportReplied(REPORT, REGION, REPLY, "iva", "Děkujeme."));
    }

    @Test
    void givenReviewerOfAnotherRegion_whenReplying_thenNotFound() {
        fixture.given(SUBMITTED).when(new ReplyToReport(new ReportId(REPORT), REPLY, IVA, "x", ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenReviewer_whenTriaging_thenTriagedWithReason() {
        fixture.given(SUBMITTED)
                .when(new TriageReport(new ReportId(REPORT), ReportState.UNDER_REVIEW, IVA, "Prověřujeme.", REVIEWS))
                .expectEvents(new ReportTriaged(REPORT, REGION, ReportState.UNDER_REVIEW, "iva", "Prověřujeme."));
    }

    @Test
    void givenTriaged_whenSameTriageRetried_thenNothingAppended() {
        fixture.given(SUBMITTED, new ReportTriaged(REPORT, REGION, ReportState.CLOSED, "iva", "Hotovo."))
                .when(new TriageReport(new ReportId(REPORT), ReportState.CLOSED, IVA, "Hotovo.", REVIEWS))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenReviewer_whenTriagingBackToNew_thenRefusedNamingState() {
        fixture.given(SUBMITTED).when(new TriageReport(new ReportId(REPORT), ReportState.NEW, IVA, "x", REVIEWS))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    @Test
    void givenNonReviewer_whenTriaging_thenNotFound() {
        fixture.given(SUBMITTED).when(new TriageReport(new ReportId(REPORT), ReportState.CLOSED, IVA, "x", Reviewerships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnotherRecord_whenReplying_thenNotFound() {
        fixture.given(new RegionRegistered(REPORT, "R")).when(new ReplyToReport(new ReportId(REPORT), REPLY, IVA, "x", REVIEWS))
                .expectException(NotFound.class).expectNoEvents();
    }
}
