package org.learningledger.command.experiment;

import static org.learningledger.command.support.Refusals.rule;
import static org.learningledger.command.support.Refusals.unknownItem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.experiment.ExperimentCommands.AbandonExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ConcludeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.EraseExperiment;
import org.learningledger.command.experiment.ExperimentCommands.EraseObservation;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningDrafted;

/** Erasing an observation or a whole experiment, decided on plain facts: memberships, the erasure, the key. */
class ExperimentErasureTest {

    static final UUID ID = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID FIRST = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final ExperimentId EXPERIMENT = new ExperimentId(ID);
    static final UserId JANA = new UserId("jana");
    static final UserId ADMIN = new UserId("admin");
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), new RegionId(UUID.randomUUID())));
    static final Memberships ELSEWHERE =
            new Memberships(Map.of(new TeamId(UUID.randomUUID()), new RegionId(UUID.randomUUID())));
    static final Erasure BY_TEAM = new Erasure("jana", ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
    static final Erasure BY_ADMIN =
            new Erasure("admin", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR/2026/17");
    static final ExperimentProposed PROPOSED = new ExperimentProposed(ID, TEAM, "q", "p", "plan", "m", null);
    static final ExperimentStarted STARTED = new ExperimentStarted(ID, TEAM, null);
    static final ObservationRecorded FIRST_OBSERVED = observed(FIRST, "Anička said she was scared");
    static final ObservationRecorded SECOND_OBSERVED = observed(SECOND, "calmer");

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
    }

    @Test
    void givenAnObservation_whenAMemberErasesIt_thenObservationErasedAndWhenAnswered() {
        var given = fixture.given(PROPOSED, STARTED, FIRST_OBSERVED);
        given.when(eraseObservation(FIRST, BY_TEAM, IN_TEAM, true))
                .expectEvents(new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .expectResultMessagePayload(given.currentTime());
    }

    @Test
    void givenAnObservation_whenAnAdministratorErasesItOnARequest_thenObservationErasedWithoutMembership() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED)
                .when(new EraseObservation(EXPERIMENT, ADMIN, FIRST, BY_ADMIN, true, Memberships.none()))
                .expectEvents(new ObservationErased(ID, TEAM, FIRST, BY_ADMIN));
    }

    @Test
    void givenAnObservation_whenAnotherTeamsMemberErasesIt_thenNotFoundAndNothingApplied() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED)
                .when(eraseObservation(FIRST, new Erasure("petr", ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null),
                        ELSEWHERE, true))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnAdministratorWhoGivesATeamsReason_whenNotAMember_thenNotFound() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED)
                .when(new EraseObservation(EXPERIMENT, ADMIN, FIRST,
                        new Erasure("admin", ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null), true,
                        Memberships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnUnknownObservation_whenErased_thenUnknownItemNamingObservationId() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED)
                .when(eraseObservation(UUID.randomUUID(), BY_TEAM, IN_TEAM, true))
                .expectException(unknownItem("observationId")).expectNoEvents();
    }

    @Test
    void givenAnErasedObservation_whenErasedAgain_thenAlreadyErased() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED, new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .when(eraseObservation(FIRST, BY_ADMIN, Memberships.none(), true))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenAnObservationStoredBeforeEncryption_whenErased_thenNotEncryptedYet() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED)
                .when(eraseObservation(FIRST, BY_TEAM, IN_TEAM, false))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    @Test
    void givenObservations_whenTheExperimentIsErased_thenExperimentErasedListingThemInOrder() {
        var given = fixture.given(PROPOSED, STARTED, FIRST_OBSERVED, SECOND_OBSERVED);
        given.when(new EraseExperiment(EXPERIMENT, JANA, BY_TEAM, true, IN_TEAM))
                .expectEvents(new ExperimentErased(ID, TEAM, List.of(FIRST, SECOND), BY_TEAM))
                .expectResultMessagePayload(given.currentTime());
    }

    @Test
    void givenAProposalOnly_whenAnAdministratorErasesIt_thenExperimentErasedWithNoObservations() {
        fixture.given(PROPOSED)
                .when(new EraseExperiment(EXPERIMENT, ADMIN, BY_ADMIN, true, Memberships.none()))
                .expectEvents(new ExperimentErased(ID, TEAM, List.of(), BY_ADMIN));
    }

    @Test
    void givenAnExperimentStoredBeforeEncryption_whenErased_thenNotEncryptedYet() {
        fixture.given(PROPOSED, STARTED)
                .when(new EraseExperiment(EXPERIMENT, JANA, BY_TEAM, false, IN_TEAM))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    @Test
    void givenAnExperiment_whenAnotherTeamsMemberErasesIt_thenNotFound() {
        fixture.given(PROPOSED, STARTED)
                .when(new EraseExperiment(EXPERIMENT, new UserId("petr"), BY_TEAM, true, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenErasedAgain_thenAlreadyErased() {
        fixture.given(PROPOSED, STARTED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM))
                .when(new EraseExperiment(EXPERIMENT, JANA, BY_TEAM, true, IN_TEAM))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenOneOfItsObservationsIsErased_thenAlreadyErased() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED, new ExperimentErased(ID, TEAM, List.of(FIRST), BY_TEAM))
                .when(eraseObservation(FIRST, BY_TEAM, IN_TEAM, true))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenAnErasedObservation_whenTheWholeExperimentIsErased_thenItListsEveryObservation() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED, SECOND_OBSERVED, new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .when(new EraseExperiment(EXPERIMENT, JANA, BY_TEAM, true, IN_TEAM))
                .expectEvents(new ExperimentErased(ID, TEAM, List.of(FIRST, SECOND), BY_TEAM));
    }

    @Test
    void givenAnErasedExperiment_whenAnObservationIsRecorded_thenExperimentErased() {
        fixture.given(PROPOSED, STARTED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM))
                .when(observe(UUID.randomUUID(), "new"))
                .expectException(rule("experiment-erased")).expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenConcludedOrAbandoned_thenExperimentErased() {
        fixture.given(PROPOSED, STARTED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM))
                .when(new ConcludeExperiment(EXPERIMENT, JANA, Decision.ADOPT, "worked", IN_TEAM))
                .expectException(rule("experiment-erased")).expectNoEvents();
        fixture.given(PROPOSED, STARTED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM))
                .when(new AbandonExperiment(EXPERIMENT, JANA, "no time", IN_TEAM))
                .expectException(rule("experiment-erased")).expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenItsProposalIsRetried_thenExperimentErased() {
        fixture.given(PROPOSED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM))
                .when(new ProposeExperiment(EXPERIMENT, JANA, new TeamId(TEAM), "q", "p", "plan", "m", null, IN_TEAM,
                        Optional.empty(), Optional.empty()))
                .expectException(rule("experiment-erased")).expectNoEvents();
    }

    @Test
    void givenAnErasedExperiment_whenAnotherTeamsMemberRecords_thenStillNotFound() {
        fixture.given(PROPOSED, STARTED, new ExperimentErased(ID, TEAM, List.of(), BY_TEAM))
                .when(new RecordObservation(EXPERIMENT, new UserId("petr"), UUID.randomUUID(), ObservationKind.NOTE,
                        "x", null, null, ExperimentTest.TODAY, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnErasedObservation_whenItsRecordingIsRetried_thenIdAlreadyUsed() {
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED, new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .when(observe(FIRST, FIRST_OBSERVED.text()))
                .expectException(rule("id-already-used")).expectNoEvents();
    }

    @Test
    void givenAnErasedObservation_whenAnotherIsRecorded_thenRecorded() {
        UUID third = UUID.randomUUID();
        fixture.given(PROPOSED, STARTED, FIRST_OBSERVED, new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .when(observe(third, "new"))
                .expectEvents(observed(third, "new"));
    }

    /** As the store loads them once their keys are deleted: every personal field null. */
    @Test
    void givenEventsLoadedWithErasedTextsAsNull_whenErasedAgain_thenAlreadyErasedWithoutFailingToLoad() {
        ExperimentProposed blankProposal = new ExperimentProposed(ID, TEAM, null, null, null, null, null);
        fixture.given(blankProposal, STARTED, observed(FIRST, null), new ExperimentErased(ID, TEAM, List.of(FIRST), BY_TEAM))
                .when(eraseObservation(FIRST, BY_TEAM, IN_TEAM, true))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenAnObservationLoadedWithItsTextAsNull_whenAnotherIsRecordedAndTheFirstRetried_thenNoFailure() {
        UUID third = UUID.randomUUID();
        fixture.given(PROPOSED, STARTED, observed(FIRST, null), new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .when(observe(third, "new"))
                .expectEvents(observed(third, "new"));
        fixture.given(PROPOSED, STARTED, observed(FIRST, null), new ObservationErased(ID, TEAM, FIRST, BY_TEAM))
                .when(observe(FIRST, "again"))
                .expectException(rule("id-already-used")).expectNoEvents();
    }

    @Test
    void givenALearningsId_whenErasedAsAnExperimentByItsTeam_thenIdAlreadyUsed() {
        fixture.given(new LearningDrafted(ID, TEAM, "t", "s", "p", null, List.of(), null, null))
                .when(new EraseExperiment(EXPERIMENT, JANA, BY_TEAM, true, IN_TEAM))
                .expectException(rule("id-already-used")).expectNoEvents();
    }

    private static EraseObservation eraseObservation(UUID observation, Erasure erasure, Memberships memberships,
                                                     boolean encrypted) {
        return new EraseObservation(EXPERIMENT, new UserId(erasure.erasedBy()), observation, erasure, encrypted,
                memberships);
    }

    private static RecordObservation observe(UUID observation, String text) {
        return new RecordObservation(EXPERIMENT, JANA, observation, ObservationKind.NOTE, text, null,
                ExperimentTest.TODAY, ExperimentTest.TODAY, IN_TEAM);
    }

    private static ObservationRecorded observed(UUID observation, String text) {
        return new ObservationRecorded(ID, TEAM, observation, ObservationKind.NOTE, text, null, ExperimentTest.TODAY);
    }
}
