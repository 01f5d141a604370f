package org.learningledger.query.learning;

import java.util.List;
import java.util.Optional;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;

/**
 * Cuts one reader's view out of a stored learning, each part judged by the one policy, {@link Sight}:
 * nothing unless the reader gets the learning in full at its widest tier; then only the versions and
 * endorsements they get in full, the invitations they get at all, and the team-private parts (draft,
 * withdrawal) where they get those. A stopped or withdrawn learning is closed to outsiders there.
 */
final class LearningViews {

    private LearningViews() {
    }

    static Optional<LearningSummary> summary(Reader reader, LearningRows.Learning learning,
            List<LearningRows.Version> versions, List<LearningRows.Endorsement> endorsements) {
        if (!full(reader, learning, learning.tier())) {
            return Optional.empty();
        }
        boolean team = team(reader, learning);
        LearningRows.Version latest = latest(visible(reader, learning, versions));
        if (!team && latest == null) {
            return Optional.empty();
        }
        return Optional.of(new LearningSummary(learning.id(), learning.teamId(), learning.teamName(),
                learning.regionId(), learning.focus(), team ? learning.draft().title() : latest.title(),
                team ? learning.tier() : latest.tier(), latest == null ? null : latest.version(),
                latest == null ? null : latest.publishedAt(),
                visibleEndorsements(reader, learning, endorsements).size(), team ? learning.withdrawn() : null,
                team ? learning.draft().erasedAt() : latest.erasedAt(),
                team ? learning.draft().erasedBy() : latest.erasedBy()));
    }

    static Optional<LearningDetail> detail(Reader reader, LearningRows.Learning learning,
            List<LearningRows.Version> versions, List<LearningRows.Endorsement> endorsements,
            List<LearningRows.Invitation> invitations) {
        Optional<LearningSummary> summary = summary(reader, learning, versions, endorsements);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        boolean team = team(reader, learning);
        List<LearningRows.Version> shown = visible(reader, learning, versions);
        LearningRows.Version latest = latest(shown);
        List<LearningDetail.Invitation> invited = invitations.stream()
                .filter(i -> Sight.of(reader, Item.invitation(learning.teamId(), i.stewardId(), learning.stopped()))
                        .any())
                .map(i -> new LearningDetail.Invitation(i.stewardRegionId(), i.tier(), i.invitedAt())).toList();
        LearningRows.Draft d = learning.draft();
        return Optional.of(new LearningDetail(learning.id(), learning.teamId(), learning.teamName(),
                learning.regionId(), learning.focus(), summary.get().tier(), summary.get().version(),
                summary.get().publishedAt(), latest == null ? null : latest.snapshot(),
                shown.stream().map(v -> new LearningDetail.Version(v.version(), v.tier(), v.publishedAt(),
                        v.snapshot(), v.erasedAt(), v.erasedBy())).toList(),
                visibleEndorsements(reader, learning, endorsements).stream().map(e -> new LearningDetail.Endorsement(
                        e.stewardRegionId(), e.tier(), e.note(), e.endorsedAt(), e.noteErased().at(),
                        e.noteErased().by())).toList(),
                team ? learning.withdrawn() : null,
                team && learning.withdrawn()
                        ? new LearningDetail.Withdrawal(learning.withdrawnAt(), learning.withdrawReason(),
                                learning.reasonErased().at(), learning.reasonErased().by()) : null,
                team ? new LearningDetail.Draft(d.title(), d.summary(), d.practice(), d.context(), d.evidence(),
                        d.validates(), d.result(), d.revisedAt(), d.erasedAt(), d.erasedBy(), d.revision()) : null,
                team || !invited.isEmpty() ? invited : null, latest == null ? null : latest.erasedAt(),
                latest == null ? null : latest.erasedBy(), null));
    }

    /** The team-private parts: the draft, the withdrawal's reason, the current tier and flag. */
    private static boolean team(Reader reader, LearningRows.Learning l) {
        return Sight.of(reader, Item.teamPrivate(l.teamId(), l.stopped())) == Sight.FULL;
    }

    /** Something of the learning published at {@code tier} (null: never published). */
    private static boolean full(Reader reader, LearningRows.Learning l, Tier tier) {
        return Sight.of(reader, Item.published(l.teamId(), l.regionId(), tier, null, l.withdrawn(), l.stopped()))
                == Sight.FULL;
    }

    private static List<LearningRows.Version> visible(Reader reader, LearningRows.Learning l,
            List<LearningRows.Version> versions) {
        return versions.stream().filter(v -> full(reader, l, v.tier())).toList();
    }

    private static List<LearningRows.Endorsement> visibleEndorsements(Reader reader, LearningRows.Learning l,
            List<LearningRows.Endorsement> endorsements) {
        return endorsements.stream().filter(e -> full(reader, l, e.tier())).toList();
    }

    /** Versions come in order, so the last one is the latest. */
    private static LearningRows.Version latest(List<LearningRows.Version> versions) {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }
}
