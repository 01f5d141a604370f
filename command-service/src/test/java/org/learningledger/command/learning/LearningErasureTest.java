package org.learningledger.command.learning;

import static org.learningledger.command.support.Refusals.rule;
import static org.learningledger.command.support.Refusals.unknownItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.learning.LearningCommands.EraseRevision;
import org.learningledger.command.learning.LearningCommands.PublishLearning;
import org.learningledger.command.learning.LearningCommands.ReviseLearning;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;

/**
 * Erasing a revision of a learning: the versions published from it go with it, the current publication
 * among them is withdrawn first, an erased draft is not published; decided on plain facts.
 */
class LearningErasureTest {

    static final UUID ID = LearningTest.ID;
    static final UUID TEAM = LearningTest.TEAM;
    static final UUID REGION = LearningTest.REGION;
    static final LearningId LEARNING = LearningTest.LEARNING;
    static final Memberships IN_TEAM = LearningTest.IN_TEAM;
    static final Memberships ELSEWHERE =
            new Memberships(Map.of(new TeamId(UUID.randomUUID()), new RegionId(REGION)));
    static final Erasure BY_TEAM = new Erasure("jana", ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
    static final Erasure BY_ADMIN =
            new Erasure("admin", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-17");
    static final LearningDrafted DRAFTED = LearningTest.DRAFTED;
    static final Snapshot SNAPSHOT = LearningTest.SNAPSHOT;
    static final Content SECOND = new Content("Meet each parent alone, twice", "Calmer still", "Two separate meetings",
            null, List.of(LearningTest.EXPERIMENT), null, null);
    static final LearningRevised REVISED = revised(SECOND, 2);

    private FixtureConfiguration<Learning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Learning.class);
    }

    @Test
    void givenADraftNeverPublished_whenAMemberErasesIt_thenRevisionErasedWithNoVersionsAndNoTier() {
        var given = fixture.given(DRAFTED);
        given.when(erase(1, BY_TEAM, IN_TEAM))
                .expectEvents(new LearningRevisionErased(ID, TEAM, 1, List.of(), null, null, BY_TEAM))
                .expectResultMessagePayload(given.currentTime());
    }

    @Test
    void givenTheCurrentNationalPublication_whenItsRevisionIsErased_thenWithdrawnFirstThenErased() {
        fixture.given(DRAFTED, published(1, Tier.NATION))
                .when(erase(1, BY_TEAM, IN_TEAM))
                .expectEvents(new LearningWithdrawn(ID, TEAM, REGION, Tier.NATION, null),
                        new LearningRevisionErased(ID, TEAM, 1, List.of(1), REGION, Tier.NATION, BY_TEAM));
    }

    @Test
    void givenOneRevisionPublishedToTheRegionThenTheNation_whenErased_thenBothVersionsAtTheWidestTier() {
        fixture.given(DRAFTED, published(1, Tier.REGION), published(2, Tier.NATION))
                .when(erase(1, BY_ADMIN, Memberships.none()))
                .expectEvents(new LearningWithdrawn(ID, TEAM, REGION, Tier.NATION, null),
                        new LearningRevisionErased(ID, TEAM, 1, List.of(1, 2), REGION, Tier.NATION, BY_ADMIN));
    }

    @Test
    void givenAnEarlierRevisionPublished_whenItIsErased_thenOnlyItsVersionAndTheCurrentPublicationStays() {
        fixture.given(DRAFTED, published(1, Tier.REGION), REVISED, published(2, Tier.NATION))
                .when(erase(1, BY_TEAM, IN_TEAM))
                .expectEvents(new LearningRevisionErased(ID, TEAM, 1, List.of(1), REGION, Tier.REGION, BY_TEAM));
    }

    @Test
    void givenAWithdrawnLearning_whenTheCurrentPublicationsRevisionIsErased_thenNoSecondWithdrawal() {
        fixture.given(DRAFTED, published(1, Tier.NATION), new LearningWithdrawn(ID, TEAM, REGION, Tier.NATION, "r"))
                .when(erase(1, BY_TEAM, IN_TEAM))
                .expectEvents(new LearningRevisionErased(ID, TEAM, 1, List.of(1), REGION, Tier.NATION, BY_TEAM));
    }

    @Test
    void givenTwoRevisions_whenRevisionZeroOrThreeIsErased_thenUnknownItemNamingRevision() {
        fixture.given(DRAFTED, REVISED).when(erase(3, BY_TEAM, IN_TEAM))
                .expectException(unknownItem("revision")).expectNoEvents();
        fixture.given(DRAFTED, REVISED).when(erase(0, BY_TEAM, IN_TEAM))
                .expectException(unknownItem("revision")).expectNoEvents();
    }

    @Test
    void givenAnErasedRevision_whenErasedAgain_thenAlreadyErased() {
        fixture.given(DRAFTED, REVISED, new LearningRevisionErased(ID, TEAM, 1, List.of(), null, null, BY_TEAM))
                .when(erase(1, BY_ADMIN, Memberships.none()))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenARevisionStoredBeforeEncryption_whenErased_thenNotEncryptedYet() {
        fixture.given(DRAFTED)
                .when(new EraseRevision(LEARNING, LearningTest.JANA, 1, BY_TEAM, false, IN_TEAM))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    @Test
    void givenANationalLearning_whenAnotherTeamsMemberErasesIt_thenNotFoundLikeAnUnseenRecord() {
        fixture.given(DRAFTED, published(1, Tier.NATION))
                .when(new EraseRevision(LEARNING, new UserId("petr"), 1,
                        new Erasure("petr", ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null), true, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnUnknownRevisionAskedByAStranger_whenErased_thenNotFoundNotTheRevisionCount() {
        fixture.given(DRAFTED)
                .when(new EraseRevision(LEARNING, new UserId("petr"), 7, BY_TEAM, true, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenTheCurrentDraftErased_whenPublished_thenDraftErased() {
        fixture.given(DRAFTED, published(1, Tier.REGION), REVISED,
                        new LearningRevisionErased(ID, TEAM, 2, List.of(), null, null, BY_TEAM))
                .when(publish(Tier.NATION))
                .expectException(rule("draft-erased")).expectNoEvents();
    }

    @Test
    void givenTheCurrentDraftErased_whenRevisedWithItsFormerText_thenANewRevision() {
        fixture.given(DRAFTED, new LearningRevisionErased(ID, TEAM, 1, List.of(), null, null, BY_TEAM))
                .when(new ReviseLearning(LEARNING, LearningTest.JANA, LearningTest.CONTENT, IN_TEAM,
                        LearningTest.OWN_EXPERIMENT, Stewardships.none()))
                .expectEvents(revised(LearningTest.CONTENT, 2));
    }

    @Test
    void givenTheErasedDraftRevised_whenPublished_thenPublishedAsTheNextVersion() {
        fixture.given(DRAFTED, published(1, Tier.REGION), REVISED,
                        new LearningRevisionErased(ID, TEAM, 2, List.of(), null, null, BY_TEAM), revised(SECOND, 3))
                .when(publish(Tier.REGION))
                .expectEvents(new LearningPublished(ID, TEAM, REGION, 2, Tier.REGION,
                        SECOND.snapshot(List.of(LearningTest.EVIDENCE))));
    }

    @Test
    void givenAnEarlierRevisionErased_whenTheCurrentDraftIsPublished_thenPublished() {
        fixture.given(DRAFTED, REVISED, new LearningRevisionErased(ID, TEAM, 1, List.of(), null, null, BY_TEAM))
                .when(publish(Tier.REGION))
                .expectEvents(new LearningPublished(ID, TEAM, REGION, 1, Tier.REGION,
                        SECOND.snapshot(List.of(LearningTest.EVIDENCE))));
    }

    /** As the store loads them once their keys are deleted: every personal field null. */
    @Test
    void givenEventsLoadedWithErasedTextsAsNull_whenErasedAgainOrRevised_thenTheyLoadAndDecide() {
        LearningDrafted blankDraft = new LearningDrafted(ID, TEAM, null, null, null, null, List.of(), null, null);
        Snapshot blankSnapshot = new Snapshot(null, null, null, null, List.of(), null, null);
        Object[] history = {blankDraft, new LearningPublished(ID, TEAM, REGION, 1, Tier.NATION, blankSnapshot),
                new LearningWithdrawn(ID, TEAM, REGION, Tier.NATION, null),
                new LearningRevisionErased(ID, TEAM, 1, List.of(1), REGION, Tier.NATION, BY_TEAM)};
        fixture.given(history).when(erase(1, BY_TEAM, IN_TEAM))
                .expectException(rule("already-erased")).expectNoEvents();
        fixture.given(blankDraft, new LearningRevisionErased(ID, TEAM, 1, List.of(), null, null, BY_TEAM))
                .when(new ReviseLearning(LEARNING, LearningTest.JANA, SECOND, IN_TEAM, LearningTest.OWN_EXPERIMENT,
                        Stewardships.none()))
                .expectEvents(revised(SECOND, 2));
    }

    private static EraseRevision erase(int revision, Erasure erasure, Memberships memberships) {
        return new EraseRevision(LEARNING, new UserId(erasure.erasedBy()), revision, erasure, true, memberships);
    }

    private static PublishLearning publish(Tier tier) {
        return new PublishLearning(LEARNING, LearningTest.JANA, tier, IN_TEAM, LearningTest.TEAM_EVIDENCE,
                Stewardships.none());
    }

    private static LearningPublished published(int version, Tier tier) {
        return new LearningPublished(ID, TEAM, REGION, version, tier, SNAPSHOT);
    }

    private static LearningRevised revised(Content c, int revision) {
        return new LearningRevised(ID, TEAM, c.title(), c.summary(), c.practice(), c.context(), c.evidence(),
                c.validates(), c.result(), revision);
    }
}
