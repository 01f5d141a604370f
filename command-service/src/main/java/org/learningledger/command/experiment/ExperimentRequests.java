package org.learningledger.command.experiment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.command.erasure.StrictValues;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.Decision;
import tools.jackson.databind.annotation.JsonDeserialize;
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
                   UUID basedOn,
                   UUID follows) {
    }

    /** The proposal's texts as they should read, all four (a correction is a whole new wording). */
    record Revise(@NotBlank @Size(max = SHORT_TEXT) String question,
                  @NotBlank @Size(max = SHORT_TEXT) String prediction,
                  @NotBlank @Size(max = LONG_TEXT) String plan,
                  @NotBlank @Size(max = SHORT_TEXT) String measures) {
    }

    /** {@code kind} absent keeps the observation's kind; the reason stays in its history. */
    record CorrectObservation(ObservationKind kind,
                              @NotBlank @Size(max = LONG_TEXT) String text,
                              @NotBlank @Size(max = SHORT_TEXT) String reason) {
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

    /** The day the team started; none: today. A team may record a start days after it happened. */
    record Start(LocalDate startedOn) {
    }

    record Conclude(@NotNull Decision decision, @NotBlank @Size(max = LONG_TEXT) String summary) {
    }

    record Abandon(@NotBlank @Size(max = LONG_TEXT) String reason) {
    }

    /** What of an experiment to erase: one observation's text, or the whole experiment with its observations. */
    enum ErasedItem { OBSERVATION, EXPERIMENT }

    static final class ItemName extends StrictValues.EnumName<ErasedItem> {
        ItemName() {
            super(ErasedItem.class);
        }
    }

    /** The role rules (who gives which reason, with or without a reference) are checked with the token. */
    record Erase(@NotNull @JsonDeserialize(using = ItemName.class) ErasedItem item,
                 UUID observationId,
                 @NotNull @JsonDeserialize(using = StrictValues.Reason.class) ErasureReason reason,
                 String reference) {

        @AssertTrue(message = "an OBSERVATION erasure needs the observationId, and only it")
        boolean isObservationId() {
            return item == null || (item == ErasedItem.OBSERVATION) == (observationId != null);
        }
    }
}
