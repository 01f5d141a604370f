package org.learningledger.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.learning.Tier;

/**
 * Random case reviews and challenges of one history: up to one review per region, led by one of its reviewers
 * (or a person of its own), with 0-2 participants from anyone, a finding (citing one of the history's learnings,
 * two times in three) and an issue, published at REGION or
 * NATION in either round; in the second round a participant removed or the snapshot withdrawn. Up to two
 * challenges per region, raised by one of its teams or its steward at either tier, answered in either round.
 */
final class GeneratedCaseReviews {

    /** Participants after batch 1 (index 0) and batch 2; published in batch {@code publishedIn} (-1: never). */
    static final class Review {
        final UUID id;
        final UUID regionId;
        final List<Set<String>> participants = new ArrayList<>();
        String lead;
        UUID finding;
        /** The learning its finding cites in batch 1 (null: none). */
        UUID cites;
        int publishedIn = -1;
        Tier tier;
        int withdrawnIn = -1;

        Review(UUID id, UUID regionId) {
            this.id = id;
            this.regionId = regionId;
        }

        boolean publishedAt(int batch) {
            return publishedIn >= 0 && batch >= publishedIn;
        }

        boolean withdrawnAt(int batch) {
            return withdrawnIn >= 0 && batch >= withdrawnIn;
        }
    }

    /** A challenge raised in batch 0 by {@code teamId} (null: a steward), answered in {@code answeredIn}. */
    static final class Challenge {
        final UUID id;
        final UUID regionId;
        final UUID teamId;
        final Tier tier;
        int answeredIn = -1;

        Challenge(UUID id, UUID regionId, UUID teamId, Tier tier) {
            this.id = id;
            this.regionId = regionId;
            this.teamId = teamId;
            this.tier = tier;
        }

        boolean answeredAt(int batch) {
            return answeredIn >= 0 && batch >= answeredIn;
        }
    }

    final List<Review> reviews = new ArrayList<>();
    final List<Challenge> challenges = new ArrayList<>();

    private final Random random;
    private final Interleaving events;
    private final LongSupplier minute;
    private final List<UUID> learnings;

    /** {@code learnings}: the history's learnings, which a finding may cite (whatever their state). */
    GeneratedCaseReviews(Random random, Interleaving events, LongSupplier minute, List<UUID> learnings) {
        this.random = random;
        this.events = events;
        this.minute = minute;
        this.learnings = learnings;
    }

    void round(int round, List<GeneratedHistory.Region> regions, List<GeneratedHistory.Team> teams,
            List<String> people, Map<String, Set<UUID>> reviewerOf, Function<String, String> newPerson) {
        if (round == 0) {
            regions.forEach(region -> {
                if (random.nextBoolean()) {
                    open(region.id(), people, reviewerOf, newPerson);
                }
                for (int c = random.nextInt(3); c > 0; c--) {
                    List<GeneratedHistory.Team> ofRegion = teams.stream().filter(t -> t.regionId().equals(region.id()))
                            .toList();
                    UUID team = ofRegion.isEmpty() || random.nextInt(3) == 0 ? null
                            : ofRegion.get(random.nextInt(ofRegion.size())).id();
                    raise(region.id(), team);
                }
            });
        } else {
            for (Review review : reviews) {
                Set<String> now = new HashSet<>(review.participants.get(0));
                List<String> removable = now.stream().filter(p -> !p.equals(review.lead)).sorted().toList();
                if (!removable.isEmpty() && random.nextInt(3) == 0) {
                    String removed = removable.get(random.nextInt(removable.size()));
                    now.remove(removed);
                    events.add(review.id, minute.getAsLong(),
                            new CaseReviewParticipantRemoved(review.id, review.regionId, removed, "rev"));
                }
                review.participants.add(now);
                if (review.publishedIn < 0 && random.nextBoolean()) {
                    publish(review, 1);
                } else if (review.publishedIn == 0 && random.nextInt(3) == 0) {
                    review.withdrawnIn = 1;
                    events.add(review.id, minute.getAsLong(),
                            new CaseReviewWithdrawn(review.id, review.regionId, "rev", "why"));
                }
            }
        }
        challenges.stream().filter(c -> c.answeredIn < 0 && random.nextBoolean()).forEach(c -> {
            c.answeredIn = round;
            events.add(c.id, minute.getAsLong(), new ChallengeAnswered(c.id, c.regionId, ChallengeAnswer.KEPT,
                    "because", LocalDate.of(2027, 1, 1), "steward"));
        });
    }

    private void open(UUID region, List<String> people, Map<String, Set<UUID>> reviewerOf,
            Function<String, String> newPerson) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        Review review = new Review(id, region);
        List<String> reviewers = reviewerOf.entrySet().stream().filter(e -> e.getValue().contains(region))
                .map(Map.Entry::getKey).sorted().toList();
        String leadId = reviewers.isEmpty() ? newPerson.apply("lead") : reviewers.get(0);
        review.lead = leadId;
        events.add(id, minute.getAsLong(), new CaseReviewOpened(id, region, leadId,
                CaseReviewKind.values()[random.nextInt(4)], "review " + id));
        Set<String> participants = new HashSet<>(Set.of(leadId));
        for (int p = random.nextInt(3); p > 0; p--) {
            String person = people.get(random.nextInt(people.size()));
            if (participants.add(person)) {
                events.add(id, minute.getAsLong(), new CaseReviewParticipantAdded(id, region, person,
                        ParticipantRole.values()[random.nextInt(2)], leadId));
            }
        }
        review.participants.add(participants);
        UUID finding = new UUID(random.nextLong(), 2);
        review.finding = finding;
        events.add(id, minute.getAsLong(), new FindingRecorded(id, region, finding, "finding " + id,
                Set.of(ContributoryFactor.TASK), random.nextBoolean(), leadId));
        if (!learnings.isEmpty() && random.nextInt(3) > 0) {
            review.cites = learnings.get(random.nextInt(learnings.size()));
            events.add(id, minute.getAsLong(), new FindingCitedLearning(id, region, finding, review.cites, leadId));
        }
        events.add(id, minute.getAsLong(), new BoardIssueRaised(id, region, new UUID(random.nextLong(), 3),
                "question " + id, leadId));
        reviews.add(review);
        if (random.nextBoolean()) {
            publish(review, 0);
        }
    }

    private void publish(Review review, int batch) {
        review.publishedIn = batch;
        review.tier = random.nextBoolean() ? Tier.REGION : Tier.NATION;
        CaseReviewSnapshot snapshot = new CaseReviewSnapshot("review " + review.id,
                List.of(new CaseReviewSnapshot.Finding(review.finding, "finding " + review.id,
                        Set.of(ContributoryFactor.TASK), false, List.of())), List.of());
        events.add(review.id, minute.getAsLong(), new CaseReviewPublicationProposed(review.id, review.regionId, 1,
                review.tier, snapshot, "rev"));
        events.add(review.id, minute.getAsLong(), new CaseReviewPublished(review.id, review.regionId, 1, review.tier,
                snapshot, "rev2"));
    }

    private void raise(UUID region, UUID team) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        Tier tier = random.nextBoolean() ? Tier.REGION : Tier.NATION;
        challenges.add(new Challenge(id, region, team, tier));
        events.add(id, minute.getAsLong(), new ChallengeRaised(id, region, team, "raiser", tier, "target " + id,
                "effect", List.of()));
    }
}
