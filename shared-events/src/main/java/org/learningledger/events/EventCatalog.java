package org.learningledger.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
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
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;

/**
 * Every event the ledger stores, under its stable name and current revision. A changed event gets
 * the next revision here and an upcaster in {@link Upcasters}; a moved or renamed record keeps its
 * name, so nothing stored needs to change.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            type("ExperimentProposed", ExperimentProposed.class, 2, Visibility.TEAM_PRIVATE),
            type("ExperimentStarted", ExperimentStarted.class, 2, Visibility.TEAM_PRIVATE),
            type("ObservationRecorded", ObservationRecorded.class, 2, Visibility.TEAM_PRIVATE),
            type("ExperimentConcluded", ExperimentConcluded.class, 1, Visibility.TEAM_PRIVATE),
            type("ExperimentAbandoned", ExperimentAbandoned.class, 1, Visibility.TEAM_PRIVATE),
            type("RegionRegistered", RegionRegistered.class, 1, Visibility.ORGANISATION),
            type("TeamRegistered", TeamRegistered.class, 1, Visibility.ORGANISATION),
            type("MemberAdded", MemberAdded.class, 1, Visibility.ORGANISATION),
            type("MemberRemoved", MemberRemoved.class, 1, Visibility.ORGANISATION),
            type("StewardAppointed", StewardAppointed.class, 1, Visibility.ORGANISATION),
            type("AnalystAppointed", AnalystAppointed.class, 1, Visibility.ORGANISATION),
            added("StewardRemoved", StewardRemoved.class, 1, Visibility.ORGANISATION),
            added("AnalystRemoved", AnalystRemoved.class, 1, Visibility.ORGANISATION),
            type("LearningDrafted", LearningDrafted.class, 1, Visibility.TEAM_PRIVATE),
            type("LearningRevised", LearningRevised.class, 2, Visibility.TEAM_PRIVATE),
            type("LearningPublished", LearningPublished.class, 2, Visibility.PUBLISHED),
            type("LearningWithdrawn", LearningWithdrawn.class, 1, Visibility.PUBLISHED),
            type("LearningEndorsed", LearningEndorsed.class, 1, Visibility.PUBLISHED),
            type("TeamInvitedToPublish", TeamInvitedToPublish.class, 1, Visibility.TEAM_PRIVATE),
            added("ObservationErased", ObservationErased.class, 1, Visibility.TEAM_PRIVATE),
            added("ExperimentErased", ExperimentErased.class, 1, Visibility.TEAM_PRIVATE),
            added("LearningRevisionErased", LearningRevisionErased.class, 1, Visibility.PUBLISHED),
            added("LearningNoteErased", LearningNoteErased.class, 1, Visibility.PUBLISHED),
            added("MeasureDefined", MeasureDefined.class, 1, Visibility.TEAM_PRIVATE),
            added("MeasurePointRecorded", MeasurePointRecorded.class, 1, Visibility.TEAM_PRIVATE),
            added("MeasurePointCorrected", MeasurePointCorrected.class, 1, Visibility.TEAM_PRIVATE),
            added("MeasureRephased", MeasureRephased.class, 1, Visibility.TEAM_PRIVATE),
            added("ExperimentRevised", ExperimentRevised.class, 1, Visibility.TEAM_PRIVATE),
            added("ObservationCorrected", ObservationCorrected.class, 1, Visibility.TEAM_PRIVATE),
            added("ReviewerAppointed", ReviewerAppointed.class, 1, Visibility.ORGANISATION),
            added("ReviewerRemoved", ReviewerRemoved.class, 1, Visibility.ORGANISATION),
            added("ReportSubmitted", ReportSubmitted.class, 1, Visibility.CONFIDENTIAL),
            added("ReportAdded", ReportAdded.class, 1, Visibility.CONFIDENTIAL),
            added("ReportReplied", ReportReplied.class, 1, Visibility.CONFIDENTIAL),
            added("ReportTriaged", ReportTriaged.class, 1, Visibility.CONFIDENTIAL),
            added("LessonDrafted", LessonDrafted.class, 1, Visibility.CONFIDENTIAL),
            added("LessonApproved", LessonApproved.class, 1, Visibility.PUBLISHED),
            added("ReportErased", ReportErased.class, 1, Visibility.CONFIDENTIAL),
            // PUBLISHED as the approval it blanks: every reader of the lesson learns that its text is gone.
            added("LessonErased", LessonErased.class, 1, Visibility.PUBLISHED),
            // Case reviews and challenges (#16): the workspace is its participants'; what travels is published.
            added("CaseReviewOpened", CaseReviewOpened.class, 1, Visibility.PARTICIPANTS),
            added("CaseReviewParticipantAdded", CaseReviewParticipantAdded.class, 1, Visibility.PARTICIPANTS),
            added("CaseReviewParticipantRemoved", CaseReviewParticipantRemoved.class, 1, Visibility.PARTICIPANTS),
            added("EpisodeRecorded", EpisodeRecorded.class, 1, Visibility.PARTICIPANTS),
            added("FindingRecorded", FindingRecorded.class, 1, Visibility.PARTICIPANTS),
            added("BoardIssueRaised", BoardIssueRaised.class, 1, Visibility.PARTICIPANTS),
            added("AddendumRecorded", AddendumRecorded.class, 1, Visibility.PARTICIPANTS),
            added("FindingLinkedToExperiment", FindingLinkedToExperiment.class, 1, Visibility.PARTICIPANTS),
            // A workspace fact like the link: the query side shows a published finding's cites to its readers.
            added("FindingCitedLearning", FindingCitedLearning.class, 1, Visibility.PARTICIPANTS),
            added("CaseReviewPublicationProposed", CaseReviewPublicationProposed.class, 1, Visibility.PARTICIPANTS),
            added("CaseReviewPublished", CaseReviewPublished.class, 1, Visibility.PUBLISHED),
            added("CaseReviewWithdrawn", CaseReviewWithdrawn.class, 1, Visibility.PUBLISHED),
            added("CaseReviewErased", CaseReviewErased.class, 1, Visibility.PUBLISHED),
            added("ChallengeRaised", ChallengeRaised.class, 1, Visibility.PUBLISHED),
            added("ChallengeAnswered", ChallengeAnswered.class, 1, Visibility.PUBLISHED),
            added("ChallengeOutcomeReviewed", ChallengeOutcomeReviewed.class, 1, Visibility.PUBLISHED),
            added("ChallengeErased", ChallengeErased.class, 1, Visibility.PUBLISHED));

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<String, EventType> BY_STORED_NAME = ALL.stream()
            .flatMap(type -> Stream.concat(Stream.of(type.name()), type.formerNames().stream())
                    .map(name -> Map.entry(name, type)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventCatalog() {
    }

    /** The first release stored each event under its Java class name, in these packages. */
    private static EventType type(String name, Class<? extends DomainEvent> type, int revision,
                                  Visibility visibility) {
        String family = ExperimentEvent.class.isAssignableFrom(type) ? "experiment"
                : LearningEvent.class.isAssignableFrom(type) ? "learning" : "organisation";
        return new EventType(name, type, Integer.toString(revision), visibility,
                List.of("org.learningledger.events." + family + "." + name));
    }

    /** An event added after the first release: no store or topic ever held it under another name. */
    private static EventType added(String name, Class<? extends DomainEvent> type, int revision,
                                   Visibility visibility) {
        return new EventType(name, type, Integer.toString(revision), visibility, List.of());
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** By the name a store or topic holds: the catalogue name, or a name an earlier release wrote. */
    public static Optional<EventType> byStoredName(String name) {
        return Optional.ofNullable(BY_STORED_NAME.get(name));
    }

    public static Optional<EventType> byClass(Class<?> type) {
        return Optional.ofNullable(BY_CLASS.get(type));
    }
}
