package org.learningledger.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.Tier;

/** The golden samples of case reviews and challenges (#16), kept apart so that each family's list stays short. */
final class CaseReviewSamples {

    static final UUID REVIEW = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID EPISODE = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID FINDING = UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f");
    static final UUID ISSUE = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f2a-3b4c5d6e7f80");
    static final UUID ADDENDUM = UUID.fromString("e5f6a7b8-c9d0-4e1f-8a3b-4c5d6e7f8091");
    static final UUID CHALLENGE = UUID.fromString("f6a7b8c9-d0e1-4f2a-9b4c-5d6e7f8091a2");

    private static final UUID REGION = GoldenJsonTest.REGION;
    private static final UUID TEAM = GoldenJsonTest.TEAM;

    static final CaseReviewSnapshot SNAPSHOT = new CaseReviewSnapshot("Weekend referrals after a hospital discharge",
            List.of(new CaseReviewSnapshot.Finding(FINDING, "The duty rota left Friday evenings uncovered",
                    Set.of(ContributoryFactor.TASK, ContributoryFactor.ORGANISATION), false,
                    List.of(new CaseReviewSnapshot.Addendum(ADDENDUM, "It was covered on some Fridays")))),
            List.of(new CaseReviewSnapshot.Issue(ISSUE, "How does the board know the rota is covered?", List.of())));

    static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(CaseReviewOpened.class, new CaseReviewOpened(REVIEW, REGION, "radka",
                    CaseReviewKind.AFTER_ACTION_REVIEW, "Weekend referrals after a hospital discharge")),
            Map.entry(CaseReviewParticipantAdded.class, new CaseReviewParticipantAdded(REVIEW, REGION, "jana",
                    ParticipantRole.CASE_GROUP, "radka")),
            Map.entry(CaseReviewParticipantRemoved.class, new CaseReviewParticipantRemoved(REVIEW, REGION, "jana",
                    "radka")),
            Map.entry(EpisodeRecorded.class, new EpisodeRecorded(REVIEW, REGION, EPISODE, LocalDate.of(2026, 3, 6),
                    "The referral waited until Monday", "The inbox looked empty from the duty phone", "jana")),
            Map.entry(FindingRecorded.class, new FindingRecorded(REVIEW, REGION, FINDING,
                    "The duty rota left Friday evenings uncovered",
                    Set.of(ContributoryFactor.ORGANISATION, ContributoryFactor.TASK), false, "radka")),
            Map.entry(BoardIssueRaised.class, new BoardIssueRaised(REVIEW, REGION, ISSUE,
                    "How does the board know the rota is covered?", "radka")),
            Map.entry(AddendumRecorded.class, new AddendumRecorded(REVIEW, REGION, ADDENDUM, FINDING,
                    "It was covered on some Fridays", "jana")),
            Map.entry(FindingLinkedToExperiment.class, new FindingLinkedToExperiment(REVIEW, REGION, FINDING,
                    GoldenJsonTest.EXPERIMENT, TEAM, "jana")),
            Map.entry(FindingCitedLearning.class, new FindingCitedLearning(REVIEW, REGION, FINDING,
                    GoldenJsonTest.LEARNING, "jana")),
            Map.entry(CaseReviewPublicationProposed.class, new CaseReviewPublicationProposed(REVIEW, REGION, 1,
                    Tier.NATION, SNAPSHOT, "radka")),
            Map.entry(CaseReviewPublished.class, new CaseReviewPublished(REVIEW, REGION, 1, Tier.NATION, SNAPSHOT,
                    "milan")),
            Map.entry(CaseReviewWithdrawn.class, new CaseReviewWithdrawn(REVIEW, REGION, "milan",
                    "The board asked for the full review first")),
            Map.entry(CaseReviewErased.class, new CaseReviewErased(REVIEW, REGION, List.of(EPISODE, FINDING, ISSUE,
                    ADDENDUM), new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR,
                    ErasureReason.DATA_SUBJECT_REQUEST, "DSR-2026/203"))),
            Map.entry(ChallengeRaised.class, new ChallengeRaised(CHALLENGE, REGION, TEAM, "jana", Tier.REGION,
                    "Assessments are closed within 30 days", "Cases are closed early to meet the target",
                    List.of(GoldenJsonTest.LEARNING, FINDING))),
            Map.entry(ChallengeAnswered.class, new ChallengeAnswered(CHALLENGE, REGION, ChallengeAnswer.UNDER_REVIEW,
                    "We will look at the closures with two teams", LocalDate.of(2026, 9, 1), "petr")),
            Map.entry(ChallengeOutcomeReviewed.class, new ChallengeOutcomeReviewed(CHALLENGE, REGION,
                    "The target now allows a documented extension", "petr")),
            Map.entry(ChallengeErased.class, new ChallengeErased(CHALLENGE, REGION, new Erasure("admin",
                    Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-2026/204"))));

    private CaseReviewSamples() {
    }
}
