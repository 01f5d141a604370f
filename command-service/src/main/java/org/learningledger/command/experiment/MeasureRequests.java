package org.learningledger.command.experiment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.command.erasure.StrictValues;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureRole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Request bodies of the measure API; Bean Validation names the field and rule of every refusal. A
 * value is a JSON number of at most 12 integer and 6 fraction digits: text such as {@code "NaN"} or
 * {@code "Infinity"} is no measurement, and a choice is read only from its name in quotes.
 */
final class MeasureRequests {

    static final int NAME = 200;
    static final int UNIT = 40;

    private MeasureRequests() {
    }

    record Define(@NotNull UUID measureId,
                  @NotBlank @Size(max = NAME) String name,
                  @NotBlank @Size(max = UNIT) String unit,
                  @NotNull @JsonDeserialize(using = BetterName.class) Better better,
                  @NotNull @JsonDeserialize(using = RoleName.class) MeasureRole role) {
    }

    record Point(@NotNull UUID pointId,
                 @NotNull @Digits(integer = 12, fraction = 6) @JsonDeserialize(using = DecimalNumber.class) BigDecimal value,
                 LocalDate observedOn,
                 @Size(max = ExperimentRequests.SHORT_TEXT) String note) {
    }

    record Correction(@NotNull @Digits(integer = 12, fraction = 6) @JsonDeserialize(using = DecimalNumber.class) BigDecimal value,
                      @NotNull LocalDate observedOn,
                      @Size(max = ExperimentRequests.SHORT_TEXT) String note,
                      @NotBlank @Size(max = ExperimentRequests.SHORT_TEXT) String reason) {
    }

    record Rephase(@NotNull LocalDate from, @NotBlank @Size(max = ExperimentRequests.SHORT_TEXT) String reason) {
    }

    /** A JSON number read exactly (0.1 stays 0.1); anything else is refused naming the field. */
    static final class DecimalNumber extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT && p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            return p.getDecimalValue();
        }
    }

    static final class BetterName extends StrictValues.EnumName<Better> {
        BetterName() {
            super(Better.class);
        }
    }

    static final class RoleName extends StrictValues.EnumName<MeasureRole> {
        RoleName() {
            super(MeasureRole.class);
        }
    }
}
