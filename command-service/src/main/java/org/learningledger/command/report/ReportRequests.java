package org.learningledger.command.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;

/** Request bodies of the report API; Bean Validation names the field and rule of every refusal. */
final class ReportRequests {

    static final int SHORT_TEXT = 2_000;
    static final int LONG_TEXT = 10_000;

    private ReportRequests() {
    }

    /** No field names the reporter: there is nowhere to put a name. */
    record Submit(@NotNull UUID reportId, @NotNull UUID regionId, @NotNull ReportKind kind,
                  @NotBlank @Size(max = LONG_TEXT) String whatHappened,
                  @Size(max = LONG_TEXT) String whatHelped,
                  @Size(max = LONG_TEXT) String whatCouldChange) {
    }

    record Addition(@NotNull UUID additionId, @NotBlank @Size(max = LONG_TEXT) String text) {
    }

    record Reply(@NotNull UUID replyId, @NotBlank @Size(max = LONG_TEXT) String text) {
    }

    record Triage(@NotNull ReportState state, @NotBlank @Size(max = SHORT_TEXT) String reason) {
    }
}
