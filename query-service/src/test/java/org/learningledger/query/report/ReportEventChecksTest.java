package org.learningledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportEvent;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;
import org.learningledger.query.intake.LedgerEvent;

/** What a report's events must carry: the report, its region, what happened, the receipt hash; never a reporter. */
class ReportEventChecksTest {

    private final UUID id = UUID.randomUUID();
    private final UUID region = UUID.randomUUID();

    @Test
    void givenAReportWithoutWhatHelpedOrCouldChange_whenChecked_thenCompleteAndAboutTheReport() {
        ReportSubmitted submitted = new ReportSubmitted(id, region, ReportKind.CONCERN, "text", null, null, "hash");
        assertThat(ReportEventChecks.missingFields(event(submitted))).isEmpty();
        assertThat(ReportEventChecks.aggregateId(submitted)).isEqualTo(id);
    }

    @Test
    void givenEventsLackingTheirKeys_whenChecked_thenTheMissingFieldsNamed() {
        assertThat(ReportEventChecks.missingFields(event(new ReportSubmitted(id, null, null, "t", null, null, " "))))
                .containsExactly("regionId", "kind", "receiptHash");
        assertThat(ReportEventChecks.missingFields(event(new ReportReplied(id, region, UUID.randomUUID(), null, "t"))))
                .containsExactly("reviewerId");
        assertThat(ReportEventChecks.missingFields(event(new ReportTriaged(id, region, null, "rita", null))))
                .containsExactly("state");
    }

    @Test
    void givenAnAdditionReplayedAfterItsErasure_whenChecked_thenItsMissingTextIsAccepted() {
        ReportAdded erased = new ReportAdded(id, region, UUID.randomUUID(), null);
        assertThat(ReportEventChecks.missingFields(event(erased))).containsExactly("text");
        LedgerEvent replay = new LedgerEvent(event(erased).envelope(), erased, Set.of(ContentItem.report(id)));
        assertThat(ReportEventChecks.missingFields(replay)).isEmpty();
    }

    @Test
    void givenAReviewersErasure_whenChecked_thenCompleteAndAboutTheReport() {
        ReportErased erased = new ReportErased(id, region, null, null,
                new Erasure("rita", Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null));
        assertThat(ReportEventChecks.missingFields(event(erased))).isEmpty();
        assertThat(ReportEventChecks.aggregateId(erased)).isEqualTo(id);
        assertThat(erased.additionIds()).isEmpty();
    }

    @Test
    void givenAnErasureWithoutWhoErased_whenChecked_thenErasureAndRoleNamed() {
        assertThat(ReportEventChecks.missingFields(event(new ReportErased(id, region, null, null, null))))
                .containsExactly("erasure", "erasure.role");
    }

    private LedgerEvent event(ReportEvent payload) {
        return new LedgerEvent(new EventEnvelope(UUID.randomUUID(), payload.getClass().getSimpleName(), "1", "Report",
                id, 0, 0, Instant.EPOCH, LedgerJson.mapper().valueToTree(payload)), payload);
    }
}
