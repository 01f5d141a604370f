package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.experiment.ExperimentCommands.AbandonExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ConcludeExperiment;
import org.learningledger.command.casereview.CaseReviewDirectory.PublishedFinding;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.experiment.ExperimentCommands.StartExperiment;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import static org.learningledger.command.support.Refusals.fieldRule;

import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.learning.RecordedLearning;
import org.learningledger.command.lesson.RecordedLesson;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.Tier;

/** The experiment lifecycle decided on plain facts: the actor's memberships and the learning built on. */
class ExperimentTest {

    static final UUID ID = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID OBSERVATION = UUID.randomUUID();
    static final UserId MEMBER = new UserId("jana");
    static final UUID SEEN = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final UserId OUTSIDER = new UserId("steward-petr");
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), new RegionId(REGION)));
    static final Memberships ELSEWHERE = new Memberships(Map.of(new TeamId(UUID.randomUUID()), new RegionId(REGION)));
    static final Optional<RecordedLearning> NATIONAL =
            Optional.of(new RecordedLearning(SEEN, UUID.randomUUID(), UUID.randomUUID(), Tier.NATION, false));
    static final ExperimentId EXPERIMENT = new ExperimentId(ID);
    static final ExperimentProposed PROPOSED =
            new ExperimentProposed(ID, TEAM, "question", "prediction", "plan", "measures", null);
    static final ExperimentStarted STARTED = new ExperimentStarted(ID, TEAM, LocalDate.of(2099, 1, 1)); // TODAY
    /** Any day after the fixture's proposal, which the fixture stamps with the real clock. */
    static final LocalDate TODAY = LocalDate.of(2099, 1, 1);
    static final ObservationRecorded OBSERVED = new ObservationRecorded(ID, TEAM, OBSERVATION,
            ObservationKind.MEASURE, "escalations", new BigDecimal("2.50"), TODAY);

    private FixtureConfiguration<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
    }

    static ProposeExperiment propose(String question) {
        return new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), question, "prediction", "plan", "measures",
                null, IN_TEAM, Optional.empty(), Optional.empty());
    }

    static ProposeExperiment proposeBasedOn(UUID basedOn, Memberships memberships, Optional<RecordedLearning> seen) {
        return new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "q", "p", "p", "m", basedOn, memberships,
                seen, Optional.empty());
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
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, MEMBER, TODAY, TODAY, IN_TEAM)).expectEvents(STARTED);
    }

    @Test
    void givenProposed_whenStartedOnAnEarlierDay_thenItStartedThatDay() {
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, MEMBER, TODAY.minusDays(30), TODAY, IN_TEAM))
                .expectEvents(new ExperimentStarted(ID, TEAM, TODAY.minusDays(30)));
    }

    @Test
    void givenProposed_whenStartedTomorrow_thenRefusedNamingStartedOn() {
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, MEMBER, TODAY.plusDays(1), TODAY, IN_TEAM))
                .expectNoEvents().expectException(FieldRuleViolation.class);
        FieldRuleViolation refusal = org.junit.jupiter.api.Assertions.assertThrows(FieldRuleViolation.class,
                () -> ExperimentRules.mayStartOn(TODAY.plusDays(1), TODAY));
        org.assertj.core.api.Assertions.assertThat(refusal.field()).isEqualTo("startedOn");
        org.assertj.core.api.Assertions.assertThat(refusal.rule()).isEqualTo("not-in-future");
    }

    @Test
    void givenProposed_whenStartedMoreThanAYearAgo_thenRefused() {
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, MEMBER, TODAY.minusYears(1).minusDays(1), TODAY,
                IN_TEAM)).expectNoEvents().expectException(FieldRuleViolation.class);
    }

    @Test
    void givenStarted_whenTheSameStartIsSentAgain_thenNothingAppendedAndNoRefusal() {
        fixture.given(PROPOSED, STARTED).when(new StartExperiment(EXPERIMENT, MEMBER, TODAY, TODAY, IN_TEAM))
                .expectSuccessfulHandlerExecution().expectResultMessagePayload(false).expectNoEvents();
    }

    @Test
    void givenStarted_whenStartedAgainOnAnotherDay_thenRefused() {
        fixture.given(PROPOSED, STARTED)
                .when(new StartExperiment(EXPERIMENT, MEMBER, TODAY.minusDays(3), TODAY, IN_TEAM))
                .expectExceptionMessage("The experiment has already started (on 2099-01-01).").expectNoEvents();
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
        fixture.given(PROPOSED, STARTED).when(new ConcludeExperiment(EXPERIMENT, MEMBER, Decision.ADOPT, "it worked", IN_TEAM))
                .expectEvents(new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "it worked"));
    }

    @Test
    void givenProposed_whenConcluded_thenRefusedBeforeStart() {
        fixture.given(PROPOSED).when(new ConcludeExperiment(EXPERIMENT, MEMBER, Decision.ADOPT, "it worked", IN_TEAM))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenConcluded_whenConcludedAgain_thenRefusedBecauseItEndsOnce() {
        fixture.given(PROPOSED, STARTED, new ExperimentConcluded(ID, TEAM, Decision.ADOPT, "it worked"))
                .when(new ConcludeExperiment(EXPERIMENT, MEMBER, Decision.ADOPT, "it worked", IN_TEAM))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenConcluded_whenObservationRecorded_thenRefusedAfterEnd() {
        fixture.given(PROPOSED, STARTED, new ExperimentConcluded(ID, TEAM, Decision.ABANDON, "no"))
                .when(observe("late", "1")).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenProposed_whenAbandoned_thenExperimentAbandoned() {
        fixture.given(PROPOSED).when(new AbandonExperiment(EXPERIMENT, MEMBER, "team reorganised", IN_TEAM))
                .expectEvents(new ExperimentAbandoned(ID, TEAM, "team reorganised"));
    }

    @Test
    void givenAbandoned_whenStarted_thenRefused() {
        fixture.given(PROPOSED, new ExperimentAbandoned(ID, TEAM, "x")).when(new StartExperiment(EXPERIMENT, MEMBER, TODAY, TODAY, IN_TEAM))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenNationalLearning_whenProposedBasedOnIt_thenProposedWithTheLink() {
        fixture.givenNoPriorActivity()
                .when(proposeBasedOn(SEEN, IN_TEAM, NATIONAL))
                .expectEvents(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", SEEN));
    }

    @Test
    void givenApprovedLessonOfTheTeamsRegion_whenProposedBasedOnIt_thenProposedWithTheLink() {
        fixture.givenNoPriorActivity()
                .when(new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "q", "p", "p", "m", SEEN, IN_TEAM,
                        Optional.empty(), Optional.of(new RecordedLesson(SEEN, REGION, Tier.REGION, true, false))))
                .expectEvents(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", SEEN));
    }

    @Test
    void givenErasedLesson_whenProposedBasedOnIt_thenRefusedNamingBasedOn() {
        fixture.givenNoPriorActivity()
                .when(new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "q", "p", "p", "m", SEEN, IN_TEAM,
                        Optional.empty(), Optional.of(new RecordedLesson(SEEN, REGION, Tier.NATION, true, true))))
                .expectException(fieldRule("basedOn", "visible-learning")).expectNoEvents();
    }

    static ProposeExperiment proposeBasedOnFinding(PublishedFinding finding) {
        return new ProposeExperiment(EXPERIMENT, MEMBER, new TeamId(TEAM), "q", "p", "p", "m", SEEN, IN_TEAM,
                Optional.empty(), Optional.empty(), Optional.of(finding));
    }

    @Test
    void givenPublishedFindingOfTheTeamsRegion_whenProposedBasedOnIt_thenProposedWithTheLink() {
        fixture.givenNoPriorActivity()
                .when(proposeBasedOnFinding(new PublishedFinding(SEEN, REGION, Tier.REGION)))
                .expectEvents(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", SEEN));
    }

    @Test
    void givenNationalFindingOfAnotherRegion_whenProposedBasedOnIt_thenProposedWithTheLink() {
        fixture.givenNoPriorActivity()
                .when(proposeBasedOnFinding(new PublishedFinding(SEEN, UUID.randomUUID(), Tier.NATION)))
                .expectEvents(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", SEEN));
    }

    @Test
    void givenRegionalFindingOfAnotherRegion_whenProposedBasedOnIt_thenRefusedNamingBasedOn() {
        fixture.givenNoPriorActivity()
                .when(proposeBasedOnFinding(new PublishedFinding(SEEN, UUID.randomUUID(), Tier.REGION)))
                .expectException(fieldRule("basedOn", "visible-learning")).expectNoEvents();
    }

    @Test
    void givenUnknownLearning_whenProposedBasedOnIt_thenRefusedNamingBasedOn() {
        fixture.givenNoPriorActivity().when(proposeBasedOn(UUID.randomUUID(), IN_TEAM, Optional.empty()))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    /** Membership is decided first: an outsider learns nothing of the learning it names. */
    @Test
    void givenOutsiderNamingUnknownLearning_whenProposing_thenNotPermittedBeforeTheLearningIsJudged() {
        fixture.givenNoPriorActivity().when(proposeBasedOn(UUID.randomUUID(), ELSEWHERE, Optional.empty()))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    /** A retried proposal stays harmless although the learning it builds on was withdrawn since. */
    @Test
    void givenProposedBasedOnLearning_whenRetriedAfterItWasWithdrawn_thenNothingAppended() {
        Optional<RecordedLearning> withdrawn = NATIONAL.map(l -> new RecordedLearning(l.learningId(), l.teamId(),
                l.regionId(), l.tier(), true));
        fixture.given(new ExperimentProposed(ID, TEAM, "q", "p", "p", "m", SEEN))
                .when(proposeBasedOn(SEEN, IN_TEAM, withdrawn)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenNotAMember_whenProposing_thenNotPermitted() {
        fixture.givenNoPriorActivity()
                .when(new ProposeExperiment(EXPERIMENT, OUTSIDER, new TeamId(TEAM), "q", "p", "p", "m", null,
                        Memberships.none(), Optional.empty(), Optional.empty()))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenProposed_whenOutsiderStarts_thenNotFound() {
        fixture.given(PROPOSED).when(new StartExperiment(EXPERIMENT, OUTSIDER, TODAY, TODAY, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenStarted_whenOutsiderRecordsObservation_thenNotFound() {
        fixture.given(PROPOSED, STARTED)
                .when(new RecordObservation(EXPERIMENT, OUTSIDER, OBSERVATION, ObservationKind.NOTE, "x", null,
                        null, TODAY, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    /** Another team's id, reused by a member of their own team: as if it did not exist, not a conflict. */
    @Test
    void givenAnotherTeamsExperiment_whenOutsiderProposesUnderItsIdInOwnTeam_thenNotFound() {
        fixture.given(PROPOSED).when(new ProposeExperiment(EXPERIMENT, OUTSIDER, ELSEWHERE.regions().keySet()
                        .iterator().next(), "q", "p", "p", "m", null, ELSEWHERE, Optional.empty(),
                        Optional.empty()))
                .expectException(NotFound.class).expectNoEvents();
    }

    private static RecordObservation observe(String text, String value) {
        return new RecordObservation(EXPERIMENT, MEMBER, OBSERVATION, ObservationKind.MEASURE, text, new BigDecimal(value),
                null, TODAY, IN_TEAM);
    }
}
