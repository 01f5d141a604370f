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
import static org.learningledger.command.experiment.MeasureHistory.correct;
import static org.learningledger.command.experiment.MeasureHistory.corrected;
import static org.learningledger.command.experiment.MeasureHistory.defined;
import static org.learningledger.command.experiment.MeasureHistory.rephase;
import static org.learningledger.command.experiment.MeasureHistory.recorded;
import static org.learningledger.command.support.Refusals.fieldRule;
import static org.learningledger.command.support.Refusals.rule;
import static org.learningledger.command.support.Refusals.unknownItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasureRephased;

/** Correcting a point and beginning a new phase of a measure: which corrections count, which phases may begin. */
class MeasureCorrectionTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final MeasureRephased REPHASED = new MeasureRephased(ID, TEAM, MEASURE, LocalDate.of(2026, 3, 5),
            "second worker joins");

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
    }

    private TestExecutor<Experiment> given(Object... events) {
        return fixture.givenCurrentTime(PROPOSED_AT).andGiven(List.of(events));
    }

    @Test
    void givenAPoint_whenCorrected_thenMeasurePointCorrectedAnsweringWhetherItIsNowBaseline() {
        given(PROPOSED, STARTED, DEFINED, RECORDED).when(correct(MEASURE, POINT, "3", PROPOSED_ON, null, IN_TEAM))
                .expectEvents(corrected("3", PROPOSED_ON, null)).expectResultMessagePayload(false);
    }

    @Test
    void givenAnUnknownPoint_whenCorrected_thenUnknownItemNamingPointId() {
        given(PROPOSED, DEFINED, RECORDED).when(correct(MEASURE, UUID.randomUUID(), "3", MARCH_1, null, IN_TEAM))
                .expectException(unknownItem("pointId")).expectNoEvents();
    }

    @Test
    void givenAPointOfAnotherMeasure_whenCorrectedUnderThisOne_thenUnknownItemNamingPointId() {
        MeasureDefined other = defined(UUID.randomUUID(), "other");
        given(PROPOSED, DEFINED, other, RECORDED).when(correct(other.measureId(), POINT, "3", MARCH_1, null, IN_TEAM))
                .expectException(unknownItem("pointId")).expectNoEvents();
    }

    @Test
    void givenAnUnknownMeasure_whenAPointIsCorrected_thenUnknownItemNamingMeasureId() {
        given(PROPOSED, DEFINED, RECORDED).when(correct(UUID.randomUUID(), POINT, "3", MARCH_1, null, IN_TEAM))
                .expectException(unknownItem("measureId")).expectNoEvents();
    }

    @Test
    void givenAPoint_whenACorrectionLeavesItAsItStands_thenNothingAppended() {
        given(PROPOSED, DEFINED, RECORDED).when(correct(MEASURE, POINT, "2.0", MARCH_1, "note", IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenACorrectedPoint_whenTheCorrectionIsRetried_thenNothingAppended() {
        given(PROPOSED, DEFINED, RECORDED, corrected("3", MARCH_1, null))
                .when(correct(MEASURE, POINT, "3", MARCH_1, null, IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    /** The original record, retried after a correction, is still the same request: no conflict, nothing new. */
    @Test
    void givenACorrectedPoint_whenItsOriginalRecordIsRetried_thenNothingAppended() {
        given(PROPOSED, DEFINED, RECORDED, corrected("3", MARCH_1, null))
                .when(MeasureHistory.record(MEASURE, POINT, "2", MARCH_1, IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAConcludedExperiment_whenAPointIsCorrected_thenCorrected() {
        given(PROPOSED, STARTED, DEFINED, RECORDED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "s"))
                .when(correct(MEASURE, POINT, "3", MARCH_1, null, IN_TEAM))
                .expectEvents(corrected("3", MARCH_1, null));
    }

    @Test
    void givenAPoint_whenCorrectedToTomorrowOrBefore2000_thenRefusedNamingObservedOn() {
        given(PROPOSED, DEFINED, RECORDED).when(correct(MEASURE, POINT, "2", TODAY.plusDays(1), null, IN_TEAM))
                .expectException(fieldRule("observedOn", "not-in-future")).expectNoEvents();
        given(PROPOSED, DEFINED, RECORDED).when(correct(MEASURE, POINT, "2", LocalDate.of(1999, 1, 1), null, IN_TEAM))
                .expectException(fieldRule("observedOn", "not-before-2000")).expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenAPointIsCorrectedOrTheMeasureRephased_thenExperimentErased() {
        given(PROPOSED, DEFINED, RECORDED, ERASED).when(correct(MEASURE, POINT, "3", MARCH_1, null, IN_TEAM))
                .expectException(rule("experiment-erased")).expectNoEvents();
        given(PROPOSED, DEFINED, RECORDED, ERASED).when(rephase(TODAY, "change", IN_TEAM))
                .expectException(rule("experiment-erased")).expectNoEvents();
    }

    @Test
    void givenAnotherTeamsExperiment_whenCorrectedOrRephased_thenNotFound() {
        given(PROPOSED, DEFINED, RECORDED).when(correct(MEASURE, POINT, "3", MARCH_1, null, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
        given(PROPOSED, DEFINED, RECORDED).when(rephase(TODAY, "change", ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenPoints_whenRephasedAfterTheFirst_thenMeasureRephased() {
        given(PROPOSED, STARTED, DEFINED, RECORDED).when(rephase(LocalDate.of(2026, 3, 5), "second worker joins", IN_TEAM))
                .expectEvents(REPHASED);
    }

    @Test
    void givenAConcludedExperiment_whenRephased_thenMeasureRephased() {
        given(PROPOSED, STARTED, DEFINED, RECORDED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "s"))
                .when(rephase(LocalDate.of(2026, 3, 5), "second worker joins", IN_TEAM)).expectEvents(REPHASED);
    }

    @Test
    void givenAPhase_whenTheSameRephaseIsRetried_thenNothingAppended() {
        given(PROPOSED, DEFINED, RECORDED, REPHASED).when(rephase(REPHASED.from(), REPHASED.reason(), IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAPhase_whenANewOneBeginsOnOrBeforeItsDay_thenPhaseOrder() {
        given(PROPOSED, DEFINED, RECORDED, REPHASED).when(rephase(REPHASED.from(), "another reason", IN_TEAM))
                .expectException(rule("phase-order")).expectNoEvents();
        given(PROPOSED, DEFINED, RECORDED, REPHASED).when(rephase(REPHASED.from().minusDays(1), "earlier", IN_TEAM))
                .expectException(rule("phase-order")).expectNoEvents();
    }

    @Test
    void givenPoints_whenAPhaseBeginsOnOrBeforeTheFirstPointsDay_thenPhaseOrder() {
        given(PROPOSED, DEFINED, recorded(UUID.randomUUID(), "4", LocalDate.of(2026, 3, 8)), RECORDED)
                .when(rephase(MARCH_1, "too early", IN_TEAM)).expectException(rule("phase-order")).expectNoEvents();
    }

    @Test
    void givenNoPoints_whenRephased_thenPhaseOrder() {
        given(PROPOSED, DEFINED).when(rephase(MARCH_1, "nothing yet", IN_TEAM))
                .expectException(rule("phase-order")).expectNoEvents();
    }

    @Test
    void givenPoints_whenAPhaseBeginsTomorrow_thenRefusedNamingFrom() {
        given(PROPOSED, DEFINED, RECORDED).when(rephase(TODAY.plusDays(1), "later", IN_TEAM))
                .expectException(fieldRule("from", "not-in-future")).expectNoEvents();
    }

    @Test
    void givenAnUnknownMeasure_whenRephased_thenUnknownItemNamingMeasureId() {
        given(PROPOSED).when(rephase(MARCH_1, "x", IN_TEAM)).expectException(unknownItem("measureId"))
                .expectNoEvents();
    }
}
