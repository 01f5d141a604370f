package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.experiment.ExperimentCommands.AbandonExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ConcludeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.experiment.ExperimentCommands.StartExperiment;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.learning.LearningDirectory;
import org.learningledger.command.organisation.TeamAccess;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

class ExperimentTest {

    static final UUID ID = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID OBSERVATION = UUID.randomUUID();
    static final UserId MEMBER = new UserId("jana");
    static final UUID SEEN = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final UserId OUTSIDER = new UserId("steward-petr");
    static final ExperimentId EXPERIMENT = new ExperimentId(ID);
    static final ExperimentProposed PROPOSED =
            new ExperimentProposed(ID, TEAM, "question", "prediction", "plan", "measures", null);
    static final ExperimentStarted STARTED = new ExperimentStarted(ID, TEAM);
    /** Any day after the fixture's proposal, which the fixture stamps with the real clock. */
    static final LocalDate TODAY = LocalDate.of(2099, 1, 1);
    static final ObservationRecorded OBSERVED = new ObservationRecorded(ID, TEAM, OBSERVATION,
            ObservationKind.MEASURE, "escalations", new BigDecimal("2.50"), TODAY);

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource((TeamAccess) (team, user) -> team.equals(TEAM) && user.equals(MEMBER));
        fixture.registerInjectableResource(new LearningDirectory(null) {
            @Override
            public java.util.Optional<Visible> learning(UUID learningId) {
                return learningId.equals(SEEN) ? java.util.Optional.of(new Visible(SEEN, UUID.randomUUID(),
                        REGION, org.learningledger.events.learning.Tier.NATION, false)) : java.util.Optional.empty();
            }
        });
    }

    static ProposeExperiment propose(String question) {
        return new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), question, "prediction", "plan", "measures", null);
    }

    @Test
    void givenNothing_whenProposed_thenExperimentProposed() {
        fixture.givenNoPriorActivity().when(propose("question")).expectEvents(PROPOSED);
    }

    @Test
    void givenProposed_whenSameProposalRetried_thenNothingAppended() {
        fixture.given(PROPOSED).when(propose("question")).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenProposed_whenSameIdOtherContent_thenRefused() {
        fixture.given(PROPOSED).when(propose("another question"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenProposed_whenStarted_thenExperimentStarted() {
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, MEMBER)).expectEvents(STARTED);
    }

    @Test
    void givenStarted_whenStartedAgain_thenRefused() {
        fixture.given(PROPOSED, STARTED).when(new StartExperiment(EXPERIMENT, MEMBER))
                .expectExceptionMessage("The experiment has already started.").expectNoEvents();
    }

    @Test
    void givenProposed_whenObservationRecorded_thenRefusedBeforeStart() {
        fixture.given(PROPOSED).when(observe("escalations", "2.50"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenStarted_whenObservationRecorded_thenObservationRecorded() {
        fixture.given(PROPOSED, STARTED).when(observe("escalations", "2.50")).expectEvents(OBSERVED);
    }

    @Test
    void givenObserved_whenSameObservationRetried_thenNothingAppended() {
        fixture.given(PROPOSED, STARTED, OBSERVED).when(observe("escalations", "2.5")).expectNoEvents();
    }

    @Test
    void givenObserved_whenSameIdOtherText_thenRefused() {
        fixture.given(PROPOSED, STARTED, OBSERVED).when(observe("other", "2.5"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenStarted_whenConcluded_thenExperimentConcluded() {
        fixture.given(PROPOSED, STARTED).when(new ConcludeExperiment(EXPERIMENT, MEMBER, Decision.ADOPT, "it worked"))
                .expectEvents(new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "it worked"));
    }

    @Test
    void givenProposed_whenConcluded_thenRefusedBeforeStart() {
        fixture.given(PROPOSED).when(new ConcludeExperiment(EXPERIMENT, MEMBER, Decision.ADOPT, "it worked"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenConcluded_whenConcludedAgain_thenRefusedBecauseItEndsOnce() {
        fixture.given(PROPOSED, STARTED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "it worked"))
                .when(new ConcludeExperiment(EXPERIMENT, MEMBER, Decision.ADOPT, "it worked"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenConcluded_whenObservationRecorded_thenRefusedAfterEnd() {
        fixture.given(PROPOSED, STARTED, new ExperimentConcluded(ID, TEAM, Decision.ABANDON, "no"))
                .when(observe("late", "1")).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenProposed_whenAbandoned_thenExperimentAbandoned() {
        fixture.given(PROPOSED).when(new AbandonExperiment(EXPERIMENT, MEMBER, "team reorganised"))
                .expectEvents(new ExperimentAbandoned(ID, TEAM, "team reorganised"));
    }

    @Test
    void givenAbandoned_whenStarted_thenRefused() {
        fixture.given(PROPOSED, new ExperimentAbandoned(ID, TEAM, "x")).when(new StartExperiment(EXPERIMENT, MEMBER))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenNationalLearning_whenProposedBasedOnIt_thenProposedWithTheLink() {
        fixture.givenNoPriorActivity()
                .when(new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "q", "p", "p", "m", SEEN))
                .expectEvents(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", SEEN));
    }

    @Test
    void givenUnknownLearning_whenProposedBasedOnIt_thenRefusedNamingBasedOn() {
        fixture.givenNoPriorActivity()
                .when(new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "q", "p", "p", "m", UUID.randomUUID()))
                .expectException(org.learningledger.command.FieldRuleViolation.class).expectNoEvents();
    }

    @Test
    void givenNotAMember_whenProposing_thenNotPermitted() {
        fixture.givenNoPriorActivity()
                .when(new ProposeExperiment(EXPERIMENT, OUTSIDER, new TeamId(TEAM), "q", "p", "p", "m", null))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenProposed_whenOutsiderStarts_thenNotPermitted() {
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, OUTSIDER))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenStarted_whenOutsiderRecordsObservation_thenNotPermitted() {
        fixture.given(PROPOSED, STARTED)
                .when(new RecordObservation(EXPERIMENT, OUTSIDER, OBSERVATION, ObservationKind.NOTE, "x", null,
                        null, TODAY))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    private static RecordObservation observe(String text, String value) {
        return new RecordObservation(EXPERIMENT, MEMBER, OBSERVATION, ObservationKind.MEASURE, text, new BigDecimal(value),
                null, TODAY);
    }
}
