package org.learningledger.query.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.content.Personal;

/**
 * What history keeps of case reviews and challenges, the exhaustive switches over their events: a review's
 * publication (kind {@code case-review}, its snapshot as content: findings and issues, never the chronology or
 * who took part), a challenge's raise (kind {@code challenge}, its texts as content, its raising team, never
 * the person), its answers and outcome reviews. The workspace is read where it is kept; erasures blank the
 * rows ({@link HistoryErasures}); a withdrawal is read from the review's state now, as a learning's is.
 */
final class RoundTwoFacts {

    /** A challenge's words, as an erasure blanks them ({@code ContentSeal.blank}). */
    record ChallengeText(@Personal String target, @Personal String perverseEffect, List<UUID> evidence) {
    }

    /** An answer's words, as an erasure of the challenge blanks them. */
    record AnswerText(String answer, @Personal String rationale, LocalDate outcomeReviewOn) {
    }

    /** An outcome review's words, as an erasure of the challenge blanks them. */
    record OutcomeText(@Personal String outcome) {
    }

    /** The kinds of a challenge's rows: its raise, each answer, each outcome review. */
    static final Set<String> CHALLENGE_KINDS = Set.of("challenge", "challenge-answered", "challenge-outcome-reviewed");

    static final CaseReviewEvent.Handler<HistoryFact> CASE_REVIEWS = new CaseReviews();
    static final ChallengeEvent.Handler<HistoryFact> CHALLENGES = new Challenges();

    private RoundTwoFacts() {
    }

    /** Only a published snapshot travels to a tier: the rest is the workspace's. */
    private static final class CaseReviews implements CaseReviewEvent.Handler<HistoryFact> {

        @Override
        public HistoryFact published(CaseReviewPublished e) {
            return new HistoryFact("case-review", null, null, e.regionId(), e.tier().name(), e.version(),
                    e.snapshot().title(), null, null, null, null, null, e.snapshot(), null);
        }

        @Override
        public HistoryFact caseReviewOpened(CaseReviewOpened e) {
            return null;
        }

        @Override
        public HistoryFact participantAdded(CaseReviewParticipantAdded e) {
            return null;
        }

        @Override
        public HistoryFact participantRemoved(CaseReviewParticipantRemoved e) {
            return null;
        }

        @Override
        public HistoryFact episodeRecorded(EpisodeRecorded e) {
            return null;
        }

        @Override
        public HistoryFact findingRecorded(FindingRecorded e) {
            return null;
        }

        @Override
        public HistoryFact boardIssueRaised(BoardIssueRaised e) {
            return null;
        }

        @Override
        public HistoryFact addendumRecorded(AddendumRecorded e) {
            return null;
        }

        @Override
        public HistoryFact findingLinkedToExperiment(FindingLinkedToExperiment e) {
            return null;
        }

        @Override
        public HistoryFact findingCitedLearning(FindingCitedLearning e) {
            return null;
        }

        @Override
        public HistoryFact publicationProposed(CaseReviewPublicationProposed e) {
            return null;
        }

        @Override
        public HistoryFact withdrawn(CaseReviewWithdrawn e) {
            return null;
        }

        @Override
        public HistoryFact erased(CaseReviewErased e) {
            return null;
        }
    }

    /**
     * The raise, each answer (its answer as result, its rationale as note) and each outcome review (as note). An
     * answer or review carries no tier or team of its own: history gives it its raise's ({@link ChallengeRaises}).
     */
    private static final class Challenges implements ChallengeEvent.Handler<HistoryFact> {

        @Override
        public HistoryFact challengeRaised(ChallengeRaised e) {
            return new HistoryFact("challenge", null, e.teamId(), e.regionId(), e.tier().name(), null, e.target(), null,
                    null, null, null, null, new ChallengeText(e.target(), e.perverseEffect(), e.evidence()), null);
        }

        @Override
        public HistoryFact challengeAnswered(ChallengeAnswered e) {
            String answer = e.answer() == null ? null : e.answer().name();
            return new HistoryFact("challenge-answered", null, null, e.regionId(), null, null, null, null, answer, null,
                    null, e.rationale(), new AnswerText(answer, e.rationale(), e.outcomeReviewOn()), null);
        }

        @Override
        public HistoryFact outcomeReviewed(ChallengeOutcomeReviewed e) {
            return new HistoryFact("challenge-outcome-reviewed", null, null, e.regionId(), null, null, null, null, null,
                    null, null, e.outcome(), new OutcomeText(e.outcome()), null);
        }

        @Override
        public HistoryFact challengeErased(ChallengeErased e) {
            return null;
        }
    }
}
