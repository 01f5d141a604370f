package org.learningledger.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.TeamRegistered;

/**
 * Every event the ledger stores. Revisions are declared here as well as in {@code @Revision} so
 * that readers without Axon on the classpath know them; a test keeps the two equal.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            new EventType("ExperimentProposed", ExperimentProposed.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("ExperimentStarted", ExperimentStarted.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("ObservationRecorded", ObservationRecorded.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("ExperimentConcluded", ExperimentConcluded.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("ExperimentAbandoned", ExperimentAbandoned.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("RegionRegistered", RegionRegistered.class, "1", Visibility.ORGANISATION),
            new EventType("TeamRegistered", TeamRegistered.class, "1", Visibility.ORGANISATION),
            new EventType("MemberAdded", MemberAdded.class, "1", Visibility.ORGANISATION),
            new EventType("MemberRemoved", MemberRemoved.class, "1", Visibility.ORGANISATION),
            new EventType("StewardAppointed", StewardAppointed.class, "1", Visibility.ORGANISATION),
            new EventType("AnalystAppointed", AnalystAppointed.class, "1", Visibility.ORGANISATION),
            new EventType("LearningDrafted", LearningDrafted.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("LearningRevised", LearningRevised.class, "1", Visibility.TEAM_PRIVATE),
            new EventType("LearningPublished", LearningPublished.class, "1", Visibility.PUBLISHED),
            new EventType("LearningWithdrawn", LearningWithdrawn.class, "1", Visibility.PUBLISHED),
            new EventType("LearningEndorsed", LearningEndorsed.class, "1", Visibility.PUBLISHED),
            new EventType("TeamInvitedToPublish", TeamInvitedToPublish.class, "1", Visibility.TEAM_PRIVATE));

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<EventType> byClass(Class<?> type) {
        return Optional.ofNullable(BY_CLASS.get(type));
    }
}
