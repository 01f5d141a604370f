package org.learningledger.command.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

/** The day an observation was observed: defaults to today, never in the future, never before the proposal. */
class ObservationDateTest {

    static final UUID ID = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID OBSERVATION = UUID.randomUUID();
    /** 23:30 UTC on 9 March is 00:30 on 10 March in Prague: the proposal's day is the ledger's. */
    static final Instant PROPOSED_AT = Instant.parse("2026-03-09T23:30:00Z");
    static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), new RegionId(UUID.randomUUID())));

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
    }

    @Test
    void givenNoDate_whenObserved_thenObservedToday() {
        started().when(observe(null)).expectEvents(recorded(TODAY));
    }

    @Test
    void givenAnEarlierDay_whenObserved_thenThatDayIsRecorded() {
        started().when(observe(LocalDate.of(2026, 3, 12))).expectEvents(recorded(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void givenTheProposalDayInTheLedgerZone_whenObservedThen_thenAccepted() {
        started().when(observe(PROPOSED_ON)).expectEvents(recorded(PROPOSED_ON));
    }

    @Test
    void givenTomorrow_whenObserved_thenRefusedNamingObservedOnAndNothingAppended() {
        started().when(observe(TODAY.plusDays(1))).expectException(FieldRuleViolation.class)
                .expectExceptionMessage("must not be after today (2026-03-20)").expectNoEvents();
    }

    @Test
    void givenTheDayBeforeTheProposal_whenObserved_thenRefusedAsBeforeProposal() {
        started().when(observe(PROPOSED_ON.minusDays(1))).expectNoEvents()
                .expectException(FieldRuleViolation.class)
                .expectExceptionMessage("must not be before the day the experiment was proposed, or started when that was earlier"
                        + " (2026-03-10)");
    }

    @Test
    void givenObservedWithDefaultDate_whenRetriedOnALaterDayWithoutDate_thenNothingAppended() {
        started().andGiven(recorded(TODAY)).when(new RecordObservation(new ExperimentId(ID), null, OBSERVATION,
                ObservationKind.NOTE, "slept well", null, null, TODAY.plusDays(1), IN_TEAM)).expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenObserved_whenRetriedNamingAnotherDay_thenRefusedAsOtherContent() {
        started().andGiven(recorded(TODAY)).when(observe(TODAY.minusDays(2))).expectNoEvents()
                .expectException(org.learningledger.command.RuleViolation.class);
    }

    @Test
    void givenAFutureDay_whenChecked_thenTheViolationNamesFieldAndRule() {
        FieldRuleViolation violation = org.junit.jupiter.api.Assertions.assertThrows(FieldRuleViolation.class,
                () -> ObservationRules.mayBeObservedOn(TODAY.plusDays(3), PROPOSED_ON, TODAY));
        assertThat(violation.field()).isEqualTo("observedOn");
        assertThat(violation.rule()).isEqualTo("not-in-future");
    }

    @Test
    void givenAStartRecordedLaterThanItHappened_whenObservedBetweenStartAndProposal_thenRecorded() {
        fixture.givenCurrentTime(PROPOSED_AT)
                .andGiven(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", null),
                        new ExperimentStarted(ID, TEAM, PROPOSED_ON.minusDays(10)))
                .when(observe(PROPOSED_ON.minusDays(4))).expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAStartRecordedLater_whenObservedBeforeThatStart_thenRefusedNamingTheField() {
        fixture.givenCurrentTime(PROPOSED_AT)
                .andGiven(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", null),
                        new ExperimentStarted(ID, TEAM, PROPOSED_ON.minusDays(10)))
                .when(observe(PROPOSED_ON.minusDays(11))).expectNoEvents()
                .expectException(FieldRuleViolation.class);
    }

    private org.axonframework.test.aggregate.TestExecutor<Experiment> started() {
        return fixture.givenCurrentTime(PROPOSED_AT)
                .andGiven(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", null), new ExperimentStarted(ID, TEAM, null));
    }

    private static RecordObservation observe(LocalDate observedOn) {
        return new RecordObservation(new ExperimentId(ID), null, OBSERVATION, ObservationKind.NOTE, "slept well",
                null, observedOn, TODAY, IN_TEAM);
    }

    private static ObservationRecorded recorded(LocalDate observedOn) {
        return new ObservationRecorded(ID, TEAM, OBSERVATION, ObservationKind.NOTE, "slept well", (BigDecimal) null,
                observedOn);
    }
}
