package org.learningledger.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.organisation.ReviewerAppointed;

/**
 * {@link CaseReviewsIT}'s organisation and review: North's reviewers rita (the lead) and rosa (approves),
 * South's ron; alice (team A, North) and carla (team C, South) take part, bob (team B, North) was removed.
 */
final class CaseReviewFixture {

    final TwoRegions org = new TwoRegions();
    final String rita = "rita-" + org.suffix;
    final String rosa = "rosa-" + org.suffix;
    final String ron = "ron-" + org.suffix;
    final UUID review = UUID.randomUUID();
    final UUID episode = UUID.randomUUID();
    final UUID finding = UUID.randomUUID();
    final UUID issue = UUID.randomUUID();
    final UUID addendum = UUID.randomUUID();
    final UUID experiment = UUID.randomUUID();

    CaseReviewSnapshot snapshot(String marker) {
        return new CaseReviewSnapshot("Night visit " + marker,
                List.of(new CaseReviewSnapshot.Finding(finding, "Handover lacked a checklist " + marker,
                        Set.of(ContributoryFactor.TASK, ContributoryFactor.ORGANISATION), false,
                        List.of(new CaseReviewSnapshot.Addendum(addendum, "Two handovers " + marker)))),
                List.of(new CaseReviewSnapshot.Issue(issue, "How do we staff nights? " + marker, List.of())));
    }

    /** The organisation, three reviewers, and a review with alice and carla taking part and bob removed. */
    List<ProducerRecord<String, byte[]>> openedReview(String marker,
            BiFunction<UUID, DomainEvent, ProducerRecord<String, byte[]>> sealed) {
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rita)));
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rosa)));
        events.add(org.event(org.south, new ReviewerAppointed(org.south, ron)));
        events.add(sealed.apply(review, new CaseReviewOpened(review, org.north, rita, CaseReviewKind.AFTER_ACTION_REVIEW,
                "Night visit " + marker)));
        events.add(sealed.apply(review, new CaseReviewParticipantAdded(review, org.north, org.alice, ParticipantRole.CASE_GROUP,
                rita)));
        events.add(sealed.apply(review, new CaseReviewParticipantAdded(review, org.north, org.carla,
                ParticipantRole.REVIEW_TEAM, rita)));
        events.add(sealed.apply(review, new CaseReviewParticipantAdded(review, org.north, org.bob, ParticipantRole.CASE_GROUP,
                rita)));
        events.add(sealed.apply(review, new CaseReviewParticipantRemoved(review, org.north, org.bob, rita)));
        events.add(sealed.apply(review, new EpisodeRecorded(review, org.north, episode, LocalDate.of(2026, 2, 1),
                "The visit was postponed " + marker, "The duty list was full " + marker, org.alice)));
        events.add(sealed.apply(review, new FindingRecorded(review, org.north, finding, "Handover lacked a checklist " + marker,
                Set.of(ContributoryFactor.TASK, ContributoryFactor.ORGANISATION), false, rita)));
        events.add(sealed.apply(review, new BoardIssueRaised(review, org.north, issue, "How do we staff nights? " + marker,
                rita)));
        events.add(sealed.apply(review, new AddendumRecorded(review, org.north, addendum, finding, "Two handovers " + marker,
                org.carla)));
        events.add(sealed.apply(review, new FindingLinkedToExperiment(review, org.north, finding, experiment, org.teamA,
                org.alice)));
        return events;
    }
}
