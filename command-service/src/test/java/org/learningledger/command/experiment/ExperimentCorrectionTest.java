package org.learningledger.command.experiment;

import static org.learningledger.command.experiment.ExperimentTest.EXPERIMENT;
import static org.learningledger.command.experiment.ExperimentTest.ELSEWHERE;
import static org.learningledger.command.experiment.ExperimentTest.ID;
import static org.learningledger.command.experiment.ExperimentTest.IN_TEAM;
import static org.learningledger.command.experiment.ExperimentTest.MEMBER;
import static org.learningledger.command.experiment.ExperimentTest.OBSERVATION;
import static org.learningledger.command.experiment.ExperimentTest.OBSERVED;
import static org.learningledger.command.experiment.ExperimentTest.PROPOSED;
import static org.learningledger.command.experiment.ExperimentTest.STARTED;
import static org.learningledger.command.experiment.ExperimentTest.TEAM;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.command.experiment.ExperimentCommands.CorrectObservation;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ReviseExperiment;
import org.learningledger.command.learning.RecordedExperiment;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationKind;

/** Correcting a proposal before the start, correcting an observation, and proposing the next cycle. */
class ExperimentCorrectionTest {

    static final ExperimentRevised REVISED = new ExperimentRevised(ID, TEAM, "better question", "prediction", "plan",
            "measures");
    static final Erasure BY_TEAM = new Erasure("jana", Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
    static final UUID EARLIER = UUID.randomUUID();

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
    }

    static ReviseExperiment revise(String question) {
        return new ReviseExperiment(EXPERIMENT, MEMBER, question, "prediction", "plan", "measures", IN_TEAM);
    }

    static CorrectObservation correct(ObservationKind kind, String text) {
        return new CorrectObservation(EXPERIMENT, MEMBER, OBSERVATION, kind, text, "typo", IN_TEAM);
    }

    static ProposeExperiment proposeFollowing(UUID follows, Optional<RecordedExperiment> followed) {
        return new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "question", "prediction", "plan",
                "measures", null, IN_TEAM, Optional.empty(), Optional.empty(), Optional.empty(), follows, followed);
    }

    @Test
    void givenProposed_whenRevised_thenExperimentRevisedAnsweringChanged() {
        fixture.given(PROPOSED).when(revise("better question")).expectEvents(REVISED).expectResultMessagePayload(true);
    }

    @Test
    void givenProposed_whenRevisedWithTheSameTexts_thenNothingAppendedAnsweringUnchanged() {
        fixture.given(PROPOSED).when(revise("question")).expectNoEvents().expectResultMessagePayload(false);
        fixture.given(PROPOSED, REVISED).when(revise("better question")).expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void givenRevised_whenTheFirstProposalIsRetried_thenItIsStillTheSameProposal() {
        fixture.given(PROPOSED, REVISED).when(ExperimentTest.propose("question")).expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenStarted_whenRevised_thenRefusedAsAlreadyStarted() {
        fixture.given(PROPOSED, STARTED).when(revise("better question")).expectNoEvents()
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "The experiment has already started; its proposal can be corrected only before it starts.");
    }

    @Test
    void givenAbandonedBeforeTheStart_whenRevised_thenRefusedAsEnded() {
        fixture.given(PROPOSED, new ExperimentAbandoned(ID, TEAM, "no time")).when(revise("better question"))
                .expectNoEvents().expectException(RuleViolation.class);
    }

    @Test
    void givenAnotherTeamsExperiment_whenRevised_thenNotFound() {
        fixture.given(PROPOSED).when(new ReviseExperiment(EXPERIMENT, MEMBER, "q", "p", "p", "m", ELSEWHERE))
                .expectNoEvents().expectException(NotFound.class);
    }

    @Test
    void givenErased_whenRevised_thenRefused() {
        fixture.given(PROPOSED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM)).when(revise("better question"))
                .expectNoEvents().expectException(RuleViolation.class);
    }

    @Test
    void givenAnObservation_whenCorrected_thenObservationCorrectedKeepingItsKind() {
        fixture.given(PROPOSED, STARTED, OBSERVED).when(correct(null, "fewer escalations"))
                .expectEvents(new ObservationCorrected(ID, TEAM, OBSERVATION, ObservationKind.MEASURE,
                        "fewer escalations", "typo"))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenACorrection_whenTheSameCorrectionIsRetried_thenNothingAppended() {
        ObservationCorrected corrected = new ObservationCorrected(ID, TEAM, OBSERVATION, ObservationKind.NOTE,
                "fewer escalations", "typo");
        fixture.given(PROPOSED, STARTED, OBSERVED, corrected).when(correct(ObservationKind.NOTE, "fewer escalations"))
                .expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void givenAConcludedExperiment_whenAnObservationIsCorrected_thenItIsTaken() {
        fixture.given(PROPOSED, STARTED, OBSERVED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "works"))
                .when(correct(null, "fewer escalations")).expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true);
    }

    @Test
    void givenAnUnknownObservation_whenCorrected_thenRefusedNamingObservationId() {
        fixture.given(PROPOSED, STARTED).when(correct(null, "text")).expectNoEvents()
                .expectException(UnknownItem.class);
    }

    @Test
    void givenAnErasedObservation_whenCorrected_thenRefused() {
        fixture.given(PROPOSED, STARTED, OBSERVED, new ObservationErased(ID, TEAM, OBSERVATION, BY_TEAM))
                .when(correct(null, "text")).expectNoEvents().expectException(RuleViolation.class)
                .expectExceptionMessage(
                        "The observation was erased; it takes no correction. Record a new observation instead.");
    }

    @Test
    void givenANoteWithoutValue_whenCorrectedIntoAMeasure_thenRefusedNamingKind() {
        var note = new org.learningledger.events.experiment.ObservationRecorded(ID, TEAM, OBSERVATION,
                ObservationKind.NOTE, "a note", null, ExperimentTest.TODAY);
        fixture.given(PROPOSED, STARTED, note).when(correct(ObservationKind.MEASURE, "a note"))
                .expectNoEvents().expectException(FieldRuleViolation.class);
    }

    @Test
    void givenAnotherTeamsExperiment_whenAnObservationIsCorrected_thenNotFound() {
        fixture.given(PROPOSED, STARTED, OBSERVED)
                .when(new CorrectObservation(EXPERIMENT, MEMBER, OBSERVATION, null, "x", "typo", ELSEWHERE))
                .expectNoEvents().expectException(NotFound.class);
    }

    @Test
    void givenTheTeamsConcludedExperiment_whenTheNextCycleIsProposed_thenItFollowsIt() {
        fixture.givenNoPriorActivity()
                .when(proposeFollowing(EARLIER, Optional.of(new RecordedExperiment(EARLIER, TEAM, true))))
                .expectEvents(new ExperimentProposed(ID, TEAM, "question", "prediction", "plan", "measures", null,
                        EARLIER));
    }

    @Test
    void givenAnExperimentNotConcluded_whenFollowed_thenRefusedNamingFollows() {
        fixture.givenNoPriorActivity()
                .when(proposeFollowing(EARLIER, Optional.of(new RecordedExperiment(EARLIER, TEAM, false))))
                .expectNoEvents().expectException(FieldRuleViolation.class)
                .expectExceptionMessage("must name a concluded experiment of the same team");
    }

    @Test
    void givenAnotherTeamsOrAnUnknownExperiment_whenFollowed_thenRefusedNamingFollows() {
        fixture.givenNoPriorActivity().when(proposeFollowing(EARLIER,
                        Optional.of(new RecordedExperiment(EARLIER, UUID.randomUUID(), true))))
                .expectNoEvents().expectException(FieldRuleViolation.class);
        fixture.givenNoPriorActivity().when(proposeFollowing(EARLIER, Optional.empty()))
                .expectNoEvents().expectException(FieldRuleViolation.class);
    }
}
