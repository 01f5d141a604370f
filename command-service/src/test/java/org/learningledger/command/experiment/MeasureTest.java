package org.learningledger.command.experiment;

import static org.learningledger.command.experiment.MeasureHistory.DEFINED;
import static org.learningledger.command.experiment.MeasureHistory.ELSEWHERE;
import static org.learningledger.command.experiment.MeasureHistory.ERASED;
import static org.learningledger.command.experiment.MeasureHistory.ID;
import static org.learningledger.command.experiment.MeasureHistory.IN_TEAM;
import static org.learningledger.command.experiment.MeasureHistory.MEASURE;
import static org.learningledger.command.experiment.MeasureHistory.POINT;
import static org.learningledger.command.experiment.MeasureHistory.PROPOSED;
import static org.learningledger.command.experiment.MeasureHistory.PROPOSED_AT;
import static org.learningledger.command.experiment.MeasureHistory.PROPOSED_ON;
import static org.learningledger.command.experiment.MeasureHistory.RECORDED;
import static org.learningledger.command.experiment.MeasureHistory.STARTED;
import static org.learningledger.command.experiment.MeasureHistory.TEAM;
import static org.learningledger.command.experiment.MeasureHistory.TODAY;
import static org.learningledger.command.experiment.MeasureHistory.define;
import static org.learningledger.command.experiment.MeasureHistory.defined;
import static org.learningledger.command.experiment.MeasureHistory.record;
import static org.learningledger.command.experiment.MeasureHistory.recorded;
import static org.learningledger.command.support.Refusals.fieldRule;
import static org.learningledger.command.support.Refusals.rule;
import static org.learningledger.command.support.Refusals.unknownItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.experiment.MeasureCommands.RecordMeasurePoint;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasureRole;

/** Defining measures and recording their points, decided on the experiment's state and the facts given. */
class MeasureTest {

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
    }

    private TestExecutor<Experiment> given(Object... events) {
        return fixture.givenCurrentTime(PROPOSED_AT).andGiven(List.of(events));
    }

    @Test
    void givenProposed_whenMeasureDefined_thenMeasureDefinedBeforeTheStart() {
        given(PROPOSED).when(define(MEASURE, "Meetings ending in a row", IN_TEAM)).expectEvents(DEFINED);
    }

    @Test
    void givenMeasureDefined_whenTheSameDefinitionIsRetried_thenNothingAppended() {
        given(PROPOSED, DEFINED).when(define(MEASURE, "Meetings ending in a row", IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenMeasureDefined_whenItsIdIsDefinedWithOtherContent_thenIdAlreadyUsed() {
        given(PROPOSED, DEFINED).when(define(MEASURE, "Another name", IN_TEAM))
                .expectException(rule("id-already-used")).expectNoEvents();
        given(PROPOSED, DEFINED).when(new MeasureCommands.DefineMeasure(MeasureHistory.EXPERIMENT,
                        MeasureHistory.JANA, MEASURE, "Meetings ending in a row", "meetings", Better.UP,
                        MeasureRole.OUTCOME, IN_TEAM))
                .expectException(rule("id-already-used")).expectNoEvents();
    }

    @Test
    void givenTwelveMeasures_whenAThirteenthIsDefined_thenTooManyMeasures() {
        List<Object> history = new ArrayList<>(List.of(PROPOSED, STARTED));
        for (int i = 0; i < 12; i++) {
            history.add(defined(UUID.randomUUID(), "measure " + i));
        }
        given(history.toArray()).when(define(UUID.randomUUID(), "one more", IN_TEAM))
                .expectException(rule("too-many-measures")).expectNoEvents();
    }

    @Test
    void givenAnEndedExperiment_whenMeasureDefined_thenExperimentEnded() {
        given(PROPOSED, STARTED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "s"))
                .when(define(MEASURE, "late", IN_TEAM)).expectException(rule("experiment-ended")).expectNoEvents();
        given(PROPOSED, new ExperimentAbandoned(ID, TEAM, "r"))
                .when(define(MEASURE, "late", IN_TEAM)).expectException(rule("experiment-ended")).expectNoEvents();
    }

    @Test
    void givenAnEndedExperiment_whenADefinitionIsRetried_thenNothingAppended() {
        given(PROPOSED, STARTED, DEFINED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "s"))
                .when(define(MEASURE, "Meetings ending in a row", IN_TEAM)).expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenMeasureDefinedOrItsPointRecorded_thenExperimentErased() {
        given(PROPOSED, DEFINED, ERASED).when(define(UUID.randomUUID(), "new", IN_TEAM))
                .expectException(rule("experiment-erased")).expectNoEvents();
        given(PROPOSED, DEFINED, ERASED).when(record(MEASURE, POINT, "2", PROPOSED_ON, IN_TEAM))
                .expectException(rule("experiment-erased")).expectNoEvents();
    }

    @Test
    void givenAnotherTeamsExperiment_whenMeasureDefinedOrPointRecorded_thenNotFound() {
        given(PROPOSED).when(define(MEASURE, "m", ELSEWHERE)).expectException(NotFound.class).expectNoEvents();
        given(PROPOSED, DEFINED).when(record(MEASURE, POINT, "2", PROPOSED_ON, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAMeasure_whenAPointIsRecordedForAnUnknownMeasure_thenUnknownItemNamingMeasureId() {
        given(PROPOSED, DEFINED).when(record(UUID.randomUUID(), POINT, "2", PROPOSED_ON, IN_TEAM))
                .expectException(unknownItem("measureId")).expectNoEvents();
    }

    @Test
    void givenAMeasure_whenAPointIsDatedTomorrow_thenRefusedNamingObservedOn() {
        given(PROPOSED, DEFINED).when(record(MEASURE, POINT, "2", TODAY.plusDays(1), IN_TEAM))
                .expectException(fieldRule("observedOn", "not-in-future")).expectNoEvents();
    }

    @Test
    void givenAMeasure_whenAPointIsDatedBefore2000_thenRefusedNamingObservedOn() {
        given(PROPOSED, DEFINED).when(record(MEASURE, POINT, "2", LocalDate.of(1999, 12, 31), IN_TEAM))
                .expectException(fieldRule("observedOn", "not-before-2000")).expectNoEvents();
    }

    /** Baseline data from before the experiment existed: the months before the team thought of it. */
    @Test
    void givenAProposedExperiment_whenAPointPredatesTheProposal_thenRecordedAsBaseline() {
        given(PROPOSED, DEFINED).when(record(MEASURE, POINT, "2", LocalDate.of(2000, 1, 1), IN_TEAM))
                .expectEvents(recorded(POINT, "2", LocalDate.of(2000, 1, 1))).expectResultMessagePayload(true);
    }

    @Test
    void givenAProposedExperiment_whenAPointIsDatedToday_thenBaselineAsItHasNotStarted() {
        given(PROPOSED, DEFINED).when(record(MEASURE, POINT, "2", TODAY, IN_TEAM))
                .expectEvents(recorded(POINT, "2", TODAY)).expectResultMessagePayload(true);
    }

    @Test
    void givenAStartedExperiment_whenAPointIsDatedTheDayBeforeTheStart_thenBaseline() {
        given(PROPOSED, STARTED, DEFINED).when(record(MEASURE, POINT, "2", PROPOSED_ON.minusDays(1), IN_TEAM))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenAStartedExperiment_whenAPointIsDatedOnTheStartDay_thenNotBaseline() {
        given(PROPOSED, STARTED, DEFINED).when(record(MEASURE, POINT, "2", PROPOSED_ON, IN_TEAM))
                .expectEvents(recorded(POINT, "2", PROPOSED_ON)).expectResultMessagePayload(false);
    }

    @Test
    void givenNoDate_whenAPointIsRecorded_thenObservedToday() {
        given(PROPOSED, DEFINED).when(record(MEASURE, POINT, "2", null, IN_TEAM))
                .expectEvents(recorded(POINT, "2", TODAY));
    }

    @Test
    void givenAPoint_whenTheSameRecordIsRetried_thenNothingAppendedAndTheSameAnswer() {
        given(PROPOSED, STARTED, DEFINED, RECORDED).when(record(MEASURE, POINT, "2.00", LocalDate.of(2026, 3, 1), IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(true);
    }

    @Test
    void givenAPointWithADefaultDate_whenRetriedOnALaterDayWithoutDate_thenNothingAppended() {
        given(PROPOSED, DEFINED, recorded(POINT, "2", TODAY.minusDays(1)))
                .when(record(MEASURE, POINT, "2", null, IN_TEAM)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAPoint_whenItsIdIsRecordedWithOtherContent_thenIdAlreadyUsed() {
        given(PROPOSED, DEFINED, RECORDED).when(record(MEASURE, POINT, "3", LocalDate.of(2026, 3, 1), IN_TEAM))
                .expectException(rule("id-already-used")).expectNoEvents();
        MeasureDefined other = defined(UUID.randomUUID(), "other");
        given(PROPOSED, DEFINED, other, RECORDED)
                .when(record(other.measureId(), POINT, "2", LocalDate.of(2026, 3, 1), IN_TEAM))
                .expectException(rule("id-already-used")).expectNoEvents();
    }

    @Test
    void givenAnEndedExperiment_whenAPointIsRecorded_thenExperimentEnded() {
        given(PROPOSED, STARTED, DEFINED, new ExperimentConcluded(ID, TEAM, Decision.ADAPT, "s"))
                .when(record(MEASURE, POINT, "2", PROPOSED_ON, IN_TEAM))
                .expectException(rule("experiment-ended")).expectNoEvents();
    }

    @Test
    void givenAMeasureOfAnotherExperimentsId_whenRecordedUnderThisOne_thenUnknownMeasure() {
        RecordMeasurePoint elsewhere = new RecordMeasurePoint(MeasureHistory.EXPERIMENT, MeasureHistory.JANA,
                UUID.randomUUID(), POINT, java.math.BigDecimal.ONE, PROPOSED_ON, null, TODAY, IN_TEAM);
        given(PROPOSED).when(elsewhere).expectException(unknownItem("measureId")).expectNoEvents();
    }
}
