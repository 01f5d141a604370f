package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.learningledger.command.experiment.MeasureCommands.CorrectMeasurePoint;
import org.learningledger.command.experiment.MeasureCommands.DefineMeasure;
import org.learningledger.command.experiment.MeasureCommands.RecordMeasurePoint;
import org.learningledger.command.experiment.MeasureCommands.RephaseMeasure;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRole;

/** One experiment's measure history for the fixture tests, and the commands on it. */
final class MeasureHistory {

    static final UUID ID = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID MEASURE = UUID.randomUUID();
    static final UUID POINT = UUID.randomUUID();
    static final ExperimentId EXPERIMENT = new ExperimentId(ID);
    static final UserId JANA = new UserId("jana");
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), new RegionId(UUID.randomUUID())));
    static final Memberships ELSEWHERE =
            new Memberships(Map.of(new TeamId(UUID.randomUUID()), new RegionId(UUID.randomUUID())));
    /** 23:30 UTC on 9 March is 00:30 on 10 March in Prague: the days are the ledger's. */
    static final Instant PROPOSED_AT = Instant.parse("2026-03-09T23:30:00Z");
    static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final ExperimentProposed PROPOSED = new ExperimentProposed(ID, TEAM, "q", "p", "plan", "m", null);
    /** Stamped with the fixture's time, {@link #PROPOSED_AT}: it started on {@link #PROPOSED_ON}. */
    static final ExperimentStarted STARTED = new ExperimentStarted(ID, TEAM, null);
    static final MeasureDefined DEFINED = defined(MEASURE, "Meetings ending in a row");
    static final MeasurePointRecorded RECORDED = recorded(POINT, "2", LocalDate.of(2026, 3, 1));
    static final ExperimentErased ERASED = new ExperimentErased(ID, TEAM, java.util.List.of(),
            new Erasure("jana", Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null));

    private MeasureHistory() {
    }

    static MeasureDefined defined(UUID measure, String name) {
        return new MeasureDefined(ID, TEAM, measure, name, "meetings", Better.DOWN, MeasureRole.OUTCOME);
    }

    static MeasurePointRecorded recorded(UUID point, String value, LocalDate observedOn) {
        return new MeasurePointRecorded(ID, TEAM, MEASURE, point, new BigDecimal(value), observedOn, "note");
    }

    static MeasurePointCorrected corrected(String value, LocalDate observedOn, String note) {
        return new MeasurePointCorrected(ID, TEAM, MEASURE, POINT, new BigDecimal(value), observedOn, note, "typo");
    }

    static DefineMeasure define(UUID measure, String name, Memberships memberships) {
        return new DefineMeasure(EXPERIMENT, JANA, measure, name, "meetings", Better.DOWN, MeasureRole.OUTCOME,
                memberships);
    }

    static RecordMeasurePoint record(UUID measure, UUID point, String value, LocalDate observedOn,
                                     Memberships memberships) {
        return new RecordMeasurePoint(EXPERIMENT, JANA, measure, point, new BigDecimal(value), observedOn, "note",
                TODAY, memberships);
    }

    static CorrectMeasurePoint correct(UUID measure, UUID point, String value, LocalDate observedOn, String note,
                                       Memberships memberships) {
        return new CorrectMeasurePoint(EXPERIMENT, JANA, measure, point, new BigDecimal(value), observedOn, note, "typo",
                TODAY, memberships);
    }

    static RephaseMeasure rephase(LocalDate from, String reason, Memberships memberships) {
        return new RephaseMeasure(EXPERIMENT, JANA, MEASURE, from, reason, TODAY, memberships);
    }
}
