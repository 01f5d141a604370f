package org.learningledger.query.learning;

import java.util.List;
import java.util.Optional;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Visibility;

/**
 * Cuts one reader's view out of a stored learning, by {@link Visibility}: nothing when the reader
 * may not see the learning; otherwise only the versions and endorsements at tiers they see, and the
 * team-private parts (draft, invitations, withdrawal) for the owning team alone. A learning the
 * intake stopped is closed to outsiders as a withdrawn one is (fail closed).
 */
final class LearningViews {

    private LearningViews() {
    }

    static Optional<LearningSummary> summary(Reader reader, LearningRows.Learning learning,
            List<LearningRows.Version> versions, List<LearningRows.Endorsement> endorsements) {
        if (!sees(reader, learning)) {
            return Optional.empty();
        }
        boolean team = Visibility.seesTeamPrivate(reader, learning.teamId());
        LearningRows.Version latest = latest(visible(reader, learning, versions));
        if (!team && latest == null) {
            return Optional.empty();
        }
        return Optional.of(new LearningSummary(learning.id(), learning.teamId(), learning.teamName(),
                learning.regionId(), learning.focus(), team ? learning.draft().title() : latest.title(),
                team ? learning.tier() : latest.tier(), latest == null ? null : latest.version(),
                latest == null ? null : latest.publishedAt(),
                visibleEndorsements(reader, learning, endorsements).size(), team ? learning.withdrawn() : null));
    }

    static Optional<LearningDetail> detail(Reader reader, LearningRows.Learning learning,
            List<LearningRows.Version> versions, List<LearningRows.Endorsement> endorsements,
            List<LearningRows.Invitation> invitations) {
        Optional<LearningSummary> summary = summary(reader, learning, versions, endorsements);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        boolean team = Visibility.seesTeamPrivate(reader, learning.teamId());
        List<LearningRows.Version> shown = visible(reader, learning, versions);
        LearningRows.Version latest = latest(shown);
        List<LearningDetail.Invitation> invited = invitations.stream()
                .filter(i -> Visibility.seesInvitation(reader, learning.teamId(), i.stewardId()))
                .map(i -> new LearningDetail.Invitation(i.stewardRegionId(), i.tier(), i.invitedAt())).toList();
        LearningRows.Draft d = learning.draft();
        return Optional.of(new LearningDetail(learning.id(), learning.teamId(), learning.teamName(),
                learning.regionId(), learning.focus(), summary.get().tier(), summary.get().version(),
                summary.get().publishedAt(), latest == null ? null : latest.snapshot(),
                shown.stream().map(v -> new LearningDetail.Version(v.version(), v.tier(), v.publishedAt(),
                        v.snapshot())).toList(),
                visibleEndorsements(reader, learning, endorsements).stream().map(e -> new LearningDetail.Endorsement(
                        e.stewardRegionId(), e.tier(), e.note(), e.endorsedAt())).toList(),
                team ? learning.withdrawn() : null,
                team && learning.withdrawn()
                        ? new LearningDetail.Withdrawal(learning.withdrawnAt(), learning.withdrawReason()) : null,
                team ? new LearningDetail.Draft(d.title(), d.summary(), d.practice(), d.context(), d.evidence(),
                        d.validates(), d.result(), d.revisedAt()) : null,
                team || !invited.isEmpty() ? invited : null));
    }

    private static boolean sees(Reader reader, LearningRows.Learning l) {
        return Visibility.seesLearning(reader, l.teamId(), l.regionId(), l.tier(), l.closed());
    }

    private static List<LearningRows.Version> visible(Reader reader, LearningRows.Learning l,
            List<LearningRows.Version> versions) {
        return versions.stream()
                .filter(v -> Visibility.seesPublished(reader, l.teamId(), l.regionId(), v.tier(), l.closed()))
                .toList();
    }

    private static List<LearningRows.Endorsement> visibleEndorsements(Reader reader, LearningRows.Learning l,
            List<LearningRows.Endorsement> endorsements) {
        return endorsements.stream()
                .filter(e -> Visibility.seesPublished(reader, l.teamId(), l.regionId(), e.tier(), l.closed()))
                .toList();
    }

    /** Versions come in order, so the last one is the latest. */
    private static LearningRows.Version latest(List<LearningRows.Version> versions) {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }
}
