package org.learningledger.command.experiment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ObservationKind;

/** Request bodies of the experiment API; Bean Validation names the field and rule of every refusal. */
final class ExperimentRequests {

    static final int SHORT_TEXT = 2_000;
    static final int LONG_TEXT = 10_000;

    private ExperimentRequests() {
    }

    record Propose(@NotNull UUID experimentId,
                   @NotBlank @Size(max = SHORT_TEXT) String question,
                   @NotBlank @Size(max = SHORT_TEXT) String prediction,
                   @NotBlank @Size(max = LONG_TEXT) String plan,
                   @NotBlank @Size(max = SHORT_TEXT) String measures,
                   UUID basedOn) {
    }

    record Observe(@NotNull UUID observationId,
                   @NotNull ObservationKind kind,
                   @NotBlank @Size(max = LONG_TEXT) String text,
                   BigDecimal value,
                   LocalDate observedOn) {

        /** A measure without a number measures nothing. */
        @AssertTrue(message = "a MEASURE observation needs a value")
        boolean isValue() {
            return kind != ObservationKind.MEASURE || value != null;
        }
    }

    record Conclude(@NotNull Decision decision, @NotBlank @Size(max = LONG_TEXT) String summary) {
    }

    record Abandon(@NotBlank @Size(max = LONG_TEXT) String reason) {
    }
}
