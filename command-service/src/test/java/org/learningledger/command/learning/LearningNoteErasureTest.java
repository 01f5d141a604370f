package org.learningledger.command.learning;

import static org.learningledger.command.support.Refusals.rule;
import static org.learningledger.command.support.Refusals.unknownItem;

import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.learning.LearningCommands.EndorseLearning;
import org.learningledger.command.learning.LearningCommands.EraseNote;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Tier;

/**
 * Erasing a learning's notes: the withdrawal's reason by its team or an administrator, a steward's
 * endorsement note by that steward (even once the learning is out of their sight) or an administrator;
 * to anyone else the learning is not there; decided on plain facts.
 */
class LearningNoteErasureTest {

    static final UUID ID = LearningTest.ID;
    static final UUID TEAM = LearningTest.TEAM;
    static final UUID REGION = LearningTest.REGION;
    static final LearningDrafted DRAFTED = LearningTest.DRAFTED;
    static final LearningPublished REGIONAL = LearningTest.REGIONAL;
    static final LearningPublished NATIONAL = new LearningPublished(ID, TEAM, REGION, 2, Tier.NATION,
            LearningTest.SNAPSHOT);
    static final LearningWithdrawn WITHDRAWN = new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "Rodina Nováků");
    static final LearningEndorsed ENDORSED = new LearningEndorsed(ID, TEAM, REGION, Tier.REGION, "pavla", REGION,
            "Viz paní Nováková");
    static final Memberships ELSEWHERE = new Memberships(Map.of(new TeamId(UUID.randomUUID()), new RegionId(REGION)));
    static final Erasure BY_TEAM = new Erasure("jana", ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
    static final Erasure BY_PAVLA = new Erasure("pavla", ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null);
    /** As recorded: the steward who wrote the note, named as such. */
    static final Erasure AS_STEWARD = new Erasure("pavla", ErasedBy.STEWARD, ErasureReason.ENTERED_IN_ERROR, null);
    static final Erasure BY_ONDREJ = new Erasure("ondrej", ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null);
    static final Erasure BY_ADMIN =
            new Erasure("admin", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-17");

    private FixtureConfiguration<Learning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Learning.class);
    }

    @Test
    void givenAWithdrawalWithAReason_whenItsTeamErasesIt_thenNoteErasedWhereItWasWithdrawn() {
        var given = fixture.given(DRAFTED, REGIONAL, WITHDRAWN);
        given.when(reason(BY_TEAM, LearningTest.IN_TEAM))
                .expectEvents(new LearningNoteErased(ID, TEAM, NoteKind.WITHDRAWAL_REASON, null, REGION, Tier.REGION,
                        BY_TEAM))
                .expectResultMessagePayload(given.currentTime());
    }

    @Test
    void givenAWithdrawalWithAReason_whenAnAdministratorErasesItOnARequest_thenNoteErased() {
        fixture.given(DRAFTED, REGIONAL, WITHDRAWN).when(reason(BY_ADMIN, Memberships.none()))
                .expectEvents(new LearningNoteErased(ID, TEAM, NoteKind.WITHDRAWAL_REASON, null, REGION, Tier.REGION,
                        BY_ADMIN));
    }

    @Test
    void givenAWithdrawalReason_whenAnotherTeamOrASteward_thenNotFoundLikeAnUnseenRecord() {
        fixture.given(DRAFTED, REGIONAL, WITHDRAWN).when(reason(BY_ONDREJ, ELSEWHERE))
                .expectException(NotFound.class).expectNoEvents();
        fixture.given(DRAFTED, REGIONAL, ENDORSED, WITHDRAWN).when(reason(BY_PAVLA, Memberships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenNoWithdrawalOrOneWithoutAReason_whenTheReasonIsErased_thenUnknownItemNamingItem() {
        fixture.given(DRAFTED, REGIONAL).when(reason(BY_TEAM, LearningTest.IN_TEAM))
                .expectException(unknownItem("item")).expectNoEvents();
        fixture.given(DRAFTED, REGIONAL, new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, null))
                .when(reason(BY_TEAM, LearningTest.IN_TEAM))
                .expectException(unknownItem("item")).expectNoEvents();
    }

    /** As the store loads it once its key is gone: the reason null, the erasure after it. */
    @Test
    void givenAnErasedReason_whenErasedAgain_thenAlreadyErased() {
        fixture.given(DRAFTED, REGIONAL, new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, null),
                        new LearningNoteErased(ID, TEAM, NoteKind.WITHDRAWAL_REASON, null, REGION, Tier.REGION, BY_TEAM))
                .when(reason(BY_ADMIN, Memberships.none()))
                .expectException(rule("already-erased")).expectNoEvents();
    }

    @Test
    void givenAReasonStoredBeforeEncryption_whenErased_thenNotEncryptedYet() {
        fixture.given(DRAFTED, REGIONAL, WITHDRAWN)
                .when(new EraseNote(LearningTest.LEARNING, LearningTest.JANA, NoteKind.WITHDRAWAL_REASON, null, BY_TEAM,
                        false, LearningTest.IN_TEAM, Stewardships.none()))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    @Test
    void givenAStewardsNote_whenTheStewardErasesIt_thenNoteErasedWhereTheEndorsementWas() {
        fixture.given(DRAFTED, REGIONAL, ENDORSED).when(note("pavla", BY_PAVLA, LearningTest.OF_REGION))
                .expectEvents(new LearningNoteErased(ID, TEAM, NoteKind.ENDORSEMENT_NOTE, "pavla", REGION,
                        Tier.REGION, AS_STEWARD));
    }

    @Test
    void givenAWithdrawnLearningOutOfTheStewardsSight_whenTheStewardErasesTheirNote_thenNoteErased() {
        fixture.given(DRAFTED, REGIONAL, ENDORSED, WITHDRAWN).when(note("pavla", BY_PAVLA, Stewardships.none()))
                .expectEvents(new LearningNoteErased(ID, TEAM, NoteKind.ENDORSEMENT_NOTE, "pavla", REGION,
                        Tier.REGION, AS_STEWARD));
    }

    @Test
    void givenAStewardsNote_whenAnAdministratorErasesItOnARequest_thenNoteErased() {
        fixture.given(DRAFTED, REGIONAL, ENDORSED)
                .when(new EraseNote(LearningTest.LEARNING, new UserId("admin"), NoteKind.ENDORSEMENT_NOTE, "pavla",
                        BY_ADMIN, true, Memberships.none(), Stewardships.none()))
                .expectEvents(new LearningNoteErased(ID, TEAM, NoteKind.ENDORSEMENT_NOTE, "pavla", REGION,
                        Tier.REGION, BY_ADMIN));
    }

    @Test
    void givenAStewardsNote_whenTheTeamOrAnotherStewardErasesIt_thenNotFoundLikeAnUnseenRecord() {
        fixture.given(DRAFTED, REGIONAL, ENDORSED)
                .when(new EraseNote(LearningTest.LEARNING, LearningTest.JANA, NoteKind.ENDORSEMENT_NOTE, "pavla",
                        BY_TEAM, true, LearningTest.IN_TEAM, Stewardships.none()))
                .expectException(NotFound.class).expectNoEvents();
        fixture.given(DRAFTED, REGIONAL, ENDORSED).when(note("pavla", BY_ONDREJ, LearningTest.OF_REGION))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenNoEndorsementByTheSteward_whenErased_thenUnknownItemNamingStewardIdToWhoSeesIt() {
        fixture.given(DRAFTED, REGIONAL).when(note("pavla", BY_PAVLA, LearningTest.OF_REGION))
                .expectException(unknownItem("stewardId")).expectNoEvents();
        fixture.given(DRAFTED, REGIONAL).when(new EraseNote(LearningTest.LEARNING, new UserId("admin"),
                        NoteKind.ENDORSEMENT_NOTE, "nobody", BY_ADMIN, true, Memberships.none(), Stewardships.none()))
                .expectException(unknownItem("stewardId")).expectNoEvents();
        fixture.given(DRAFTED, REGIONAL).when(note("ondrej", BY_ONDREJ, LearningTest.OF_OTHER_REGION))
                .expectException(NotFound.class).expectNoEvents();
        fixture.given(DRAFTED, REGIONAL, new LearningEndorsed(ID, TEAM, REGION, Tier.REGION, "pavla", REGION, null))
                .when(note("pavla", BY_PAVLA, LearningTest.OF_REGION))
                .expectException(unknownItem("stewardId")).expectNoEvents();
    }

    /** As the store loads it once its key is gone: the note null, the erasure after it. */
    @Test
    void givenAnErasedNote_whenErasedAgainOrEndorsedAgain_thenAlreadyErasedAndNoSecondEndorsement() {
        Object[] history = {DRAFTED, REGIONAL,
                new LearningEndorsed(ID, TEAM, REGION, Tier.REGION, "pavla", REGION, null),
                new LearningNoteErased(ID, TEAM, NoteKind.ENDORSEMENT_NOTE, "pavla", REGION, Tier.REGION, BY_PAVLA)};
        fixture.given(history).when(note("pavla", BY_PAVLA, LearningTest.OF_REGION))
                .expectException(rule("already-erased")).expectNoEvents();
        fixture.given(history).when(new EndorseLearning(LearningTest.LEARNING, LearningTest.PAVLA, "again",
                        LearningTest.OF_REGION, Memberships.none()))
                .expectNoEvents();
    }

    @Test
    void givenANationalNoteStoredBeforeEncryption_whenErased_thenNotEncryptedYet() {
        fixture.given(DRAFTED, NATIONAL, new LearningEndorsed(ID, TEAM, REGION, Tier.NATION, "ondrej", REGION, "n"))
                .when(new EraseNote(LearningTest.LEARNING, LearningTest.ONDREJ, NoteKind.ENDORSEMENT_NOTE, "ondrej",
                        BY_ONDREJ, false, Memberships.none(), LearningTest.OF_OTHER_REGION))
                .expectException(rule("not-encrypted-yet")).expectNoEvents();
    }

    private static EraseNote reason(Erasure erasure, Memberships memberships) {
        return new EraseNote(LearningTest.LEARNING, new UserId(erasure.erasedBy()), NoteKind.WITHDRAWAL_REASON, null,
                erasure, true, memberships, Stewardships.none());
    }

    private static EraseNote note(String steward, Erasure erasure, Stewardships stewardships) {
        return new EraseNote(LearningTest.LEARNING, new UserId(erasure.erasedBy()), NoteKind.ENDORSEMENT_NOTE, steward,
                erasure, true, Memberships.none(), stewardships);
    }
}
