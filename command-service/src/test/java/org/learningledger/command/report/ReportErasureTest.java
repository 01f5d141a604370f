package org.learningledger.command.report;

import static org.learningledger.command.support.Refusals.rule;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.report.ReportCommands.AddToReport;
import org.learningledger.command.report.ReportCommands.EraseReport;
import org.learningledger.command.report.ReportCommands.ReplyToReport;
import org.learningledger.command.report.ReportCommands.TriageReport;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportState;

/** Erasing a report: its region's reviewers or an administrator on a request; then it takes no new text. */
class ReportErasureTest {

    static final UUID REPORT = ReportTest.REPORT;
    static final UUID REGION = ReportTest.REGION;
    static final UUID ADDITION = ReportTest.ADDITION;
    static final UUID REPLY = ReportTest.REPLY;
    static final Erasure BY_REVIEWER = new Erasure("iva", ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null);
    static final Erasure BY_ADMIN = new Erasure("admin", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
            "DSR-2026/9");
    static final ReportAdded ADDED = new ReportAdded(REPORT, REGION, ADDITION, "Stalo se to dvakrát.");
    static final ReportReplied REPLIED = new ReportReplied(REPORT, REGION, REPLY, "iva", "Děkujeme, řešíme to.");
    static final ReportErased ERASED = new ReportErased(REPORT, REGION, List.of(ADDITION), List.of(REPLY), BY_REVIEWER);

    private FixtureConfiguration<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
    }

    static EraseReport erase(Erasure erasure, boolean encrypted, Reviewerships reviewerships) {
        return new EraseReport(new ReportId(REPORT), erasure, encrypted, reviewerships);
    }

    @Test
    void givenReportWithAdditionAndReply_whenItsReviewerErases_thenReportErasedListingThem() {
        fixture.given(ReportTest.SUBMITTED, ADDED, REPLIED).when(erase(BY_REVIEWER, true, ReportTest.REVIEWS))
                .expectEvents(ERASED);
    }

    @Test
    void givenReport_whenAnAdministratorErasesOnARequest_thenErasedWithoutReviewership() {
        fixture.given(ReportTest.SUBMITTED).when(erase(BY_ADMIN, true, Reviewerships.none()))
                .expectEvents(new ReportErased(REPORT, REGION, List.of(), List.of(), BY_ADMIN));
    }

    @Test
    void givenReport_whenAReviewerOfAnotherRegionErases_thenNotFoundAndNothingAppended() {
        fixture.given(ReportTest.SUBMITTED).when(erase(BY_REVIEWER, true, ReportTest.ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnotherRecordsId_whenErasedAsAReport_thenNotFound() {
        fixture.given(new RegionRegistered(REPORT, "R")).when(erase(BY_ADMIN, true, ReportTest.REVIEWS))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenErasedReport_whenErasedAgain_thenAlreadyErased() {
        fixture.given(ReportTest.SUBMITTED, ERASED).when(erase(BY_REVIEWER, true, ReportTest.REVIEWS))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenReportStoredInClear_whenErased_thenNotEncryptedYet() {
        fixture.given(ReportTest.SUBMITTED).when(erase(BY_REVIEWER, false, ReportTest.REVIEWS))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    @Test
    void givenErasedReport_whenReplied_thenRefused() {
        fixture.given(ReportTest.SUBMITTED, ERASED)
                .when(new ReplyToReport(new ReportId(REPORT), UUID.randomUUID(), ReportTest.IVA, "Ještě jedna odpověď.",
                        ReportTest.REVIEWS))
                .expectException(rule("report-erased")).expectNoEvents();
    }

    @Test
    void givenErasedReport_whenTheReceiptHolderAdds_thenRefused() {
        fixture.given(ReportTest.SUBMITTED, ERASED)
                .when(new AddToReport(new ReportId(REPORT), UUID.randomUUID(), "Ještě něco."))
                .expectException(rule("report-erased")).expectNoEvents();
    }

    @Test
    void givenErasedReport_whenTriagedWithAReason_thenRefused() {
        fixture.given(ReportTest.SUBMITTED, ERASED)
                .when(new TriageReport(new ReportId(REPORT), ReportState.CLOSED, ReportTest.IVA, "Uzavřeno.",
                        ReportTest.REVIEWS))
                .expectException(rule("report-erased")).expectNoEvents();
    }

    /** A reviewer of another region still learns nothing: the 404 comes before the erasure's 409. */
    @Test
    void givenErasedReport_whenAReviewerOfAnotherRegionReplies_thenStillNotFound() {
        fixture.given(ReportTest.SUBMITTED, ERASED)
                .when(new ReplyToReport(new ReportId(REPORT), UUID.randomUUID(), ReportTest.IVA, "Odpověď.",
                        ReportTest.ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }
}
