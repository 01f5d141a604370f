package org.learningledger.query.learning;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reader's learnings, each read in one snapshot (repeatable read), so a withdrawal applied
 * between two queries cannot pair a "not withdrawn" row with versions read after it.
 */
@Component
class LearningReads {

    /** Latest publication first, drafts last; ties by id, so the order is stable. Never a ranking. */
    static final Comparator<LearningSummary> ORDER = Comparator.comparing(LearningSummary::publishedAt,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(s -> s.learningId().toString());

    private final LearningQueries queries;

    LearningReads(LearningQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<LearningSummary> summaries(Reader reader, LearningFilter filter) {
        List<LearningRows.Learning> candidates =
                queries.candidates(Visibility.teamsSeenPrivately(reader), filter);
        List<UUID> ids = candidates.stream().map(LearningRows.Learning::id).toList();
        Map<UUID, List<LearningRows.Version>> versions = byLearning(queries.versions(ids, false));
        Map<UUID, List<LearningRows.Endorsement>> endorsements = byLearning(queries.endorsements(ids));
        return candidates.stream()
                .flatMap(l -> LearningViews.summary(reader, l, versions.getOrDefault(l.id(), List.of()),
                        endorsements.getOrDefault(l.id(), List.of())).stream())
                .filter(s -> filter.tier() == null || filter.tier() == s.tier())
                .sorted(ORDER).toList();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<LearningDetail> detail(Reader reader, UUID id) {
        return queries.byId(id).flatMap(learning -> LearningViews.detail(reader, learning,
                byLearning(queries.versions(List.of(id), true)).getOrDefault(id, List.of()),
                byLearning(queries.endorsements(List.of(id))).getOrDefault(id, List.of()),
                byLearning(queries.invitations(List.of(id))).getOrDefault(id, List.of())));
    }

    /**
     * What stewards said about the team's learnings, in one read: each learning cut by the same view as its own
     * page, so the reader gets here exactly the invitations and endorsements they get there. The caller lets
     * only the team's members ask.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<LearningReceived> received(Reader reader, UUID teamId) {
        List<LearningRows.Learning> learnings = queries.candidates(Visibility.teamsSeenPrivately(reader),
                new LearningFilter(null, null, null, teamId));
        List<UUID> ids = learnings.stream().map(LearningRows.Learning::id).toList();
        Map<UUID, List<LearningRows.Version>> versions = byLearning(queries.versions(ids, false));
        Map<UUID, List<LearningRows.Endorsement>> endorsements = byLearning(queries.endorsements(ids));
        Map<UUID, List<LearningRows.Invitation>> invitations = byLearning(queries.invitations(ids));
        return learnings.stream()
                .flatMap(l -> LearningViews.detail(reader, l, versions.getOrDefault(l.id(), List.of()),
                        endorsements.getOrDefault(l.id(), List.of()), invitations.getOrDefault(l.id(), List.of())).stream())
                .map(LearningReceived::of).filter(Objects::nonNull)
                .sorted(Comparator.comparing(r -> r.learningId().toString())).toList();
    }

    /** Keeps the rows' order within each learning. */
    private static <T> Map<UUID, List<T>> byLearning(List<LearningQueries.Row<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(LearningQueries.Row::learningId,
                Collectors.mapping(LearningQueries.Row::value, Collectors.toList())));
    }
}
