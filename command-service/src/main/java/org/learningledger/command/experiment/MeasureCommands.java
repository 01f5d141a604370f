package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.MeasureRole;

/**
 * The commands on an experiment's measures; {@code actor} always comes from the bearer token,
 * {@code memberships} are the actor's teams when the command arrived, and {@code today} is the
 * ledger's date then, so the aggregate decides the date rules on facts it is given. Each says which
 * event it asks for, given the owning team.
 */
final class MeasureCommands {

    private MeasureCommands() {
    }

    record DefineMeasure(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID measureId,
                         String name, String unit, Better better, MeasureRole role, Memberships memberships) {

        MeasureDefined event(UUID team) {
            return new MeasureDefined(experimentId.value(), team, measureId, name, unit, better, role);
        }
    }

    /** {@code observedOn} null means today. */
    record RecordMeasurePoint(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID measureId,
                              UUID pointId, BigDecimal value, LocalDate observedOn, String note, LocalDate today,
                              Memberships memberships) {

        MeasurePointRecorded event(UUID team) {
            return new MeasurePointRecorded(experimentId.value(), team, measureId, pointId, value,
                    observedOn == null ? today : observedOn, note);
        }
    }

    record CorrectMeasurePoint(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID measureId,
                               UUID pointId, BigDecimal value, LocalDate observedOn, String note, String reason,
                               LocalDate today, Memberships memberships) {

        MeasurePointCorrected event(UUID team) {
            return new MeasurePointCorrected(experimentId.value(), team, measureId, pointId, value, observedOn, note,
                    reason);
        }
    }

    record RephaseMeasure(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID measureId,
                          LocalDate from, String reason, LocalDate today, Memberships memberships) {

        MeasureRephased event(UUID team) {
            return new MeasureRephased(experimentId.value(), team, measureId, from, reason);
        }
    }
}
