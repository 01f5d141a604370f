package org.learningledger.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * What the oracle knows of one generated learning: every fact with the batch it was sent in, so the
 * state after batch 1 and after batch 2 can both be asked for.
 */
final class GeneratedLearning {

    record Draft(String title, int batch) {
    }

    record Version(int number, Tier tier, String title, long minute, int batch) {
    }

    record Endorsement(String steward, Tier tier, String note, int batch) {
    }

    record Invitation(String steward, Tier tier, int batch) {
    }

    /**
     * A feed entry as the oracle expects it. {@code detail}: "v" + version of a publication, the note
     * of an endorsement; {@code title}: a publication's; {@code validates}: for the link rule.
     */
    record FeedItem(String kind, String detail, String title, Tier tier, UUID validates, int batch) {
    }

    final UUID id;
    final UUID teamId;
    final UUID regionId;
    final UUID validates;
    final List<Draft> drafts = new ArrayList<>();
    final List<Version> versions = new ArrayList<>();
    final List<Endorsement> endorsements = new ArrayList<>();
    final List<Invitation> invitations = new ArrayList<>();
    final List<FeedItem> feed = new ArrayList<>();
    int withdrawnBatch = Integer.MAX_VALUE;
    String withdrawReason;
    boolean changedSincePublished = true;

    GeneratedLearning(UUID id, UUID teamId, UUID regionId, UUID validates) {
        this.id = id;
        this.teamId = teamId;
        this.regionId = regionId;
        this.validates = validates;
    }

    /** Drafted by then: a learning of batch 2 does not exist yet after batch 1. */
    boolean existsAt(int batch) {
        return drafts.get(0).batch() <= batch;
    }

    boolean withdrawnAt(int batch) {
        return withdrawnBatch <= batch;
    }

    String draftAt(int batch) {
        return drafts.stream().filter(d -> d.batch() <= batch).reduce((a, b) -> b).map(Draft::title).orElseThrow();
    }

    List<Version> versionsAt(int batch) {
        return versions.stream().filter(v -> v.batch() <= batch).toList();
    }

    /** The widest tier published by then; null while a draft. */
    Tier tierAt(int batch) {
        return versionsAt(batch).stream().map(Version::tier).max(Comparator.naturalOrder()).orElse(null);
    }

    List<Endorsement> endorsementsAt(int batch) {
        return endorsements.stream().filter(e -> e.batch() <= batch).toList();
    }

    List<Invitation> invitationsAt(int batch) {
        return invitations.stream().filter(i -> i.batch() <= batch).toList();
    }

    List<FeedItem> feedAt(int batch) {
        return feed.stream().filter(f -> f.batch() <= batch).toList();
    }
}
