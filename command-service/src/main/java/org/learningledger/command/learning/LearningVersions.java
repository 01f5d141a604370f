package org.learningledger.command.learning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.command.learning.LearningCommands.EraseRevision;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Tier;

/**
 * A learning's revisions and the versions published from them: which revision each version was taken
 * from and the tier it went to, and which revisions were erased. Erasing a revision reaches every
 * version taken from it, so these are kept together.
 */
final class LearningVersions {

    /** How many revisions the draft has had (the first draft is revision 1). */
    private int revisions;
    private final Map<Integer, Integer> revisionOfVersion = new HashMap<>();
    private final Map<Integer, Tier> tierOfVersion = new HashMap<>();
    private final Set<Integer> erased = new HashSet<>();

    void revised() {
        revisions++;
    }

    void published(int version, Tier tier) {
        revisionOfVersion.put(version, revisions);
        tierOfVersion.put(version, tier);
    }

    void erased(int revision) {
        erased.add(revision);
    }

    int revisions() {
        return revisions;
    }

    boolean known(int revision) {
        return revision >= 1 && revision <= revisions;
    }

    boolean isErased(int revision) {
        return erased.contains(revision);
    }

    boolean isCurrent(int revision) {
        return revision == revisions;
    }

    /** The published versions taken from this revision, oldest first. */
    List<Integer> takenFrom(int revision) {
        return revisionOfVersion.entrySet().stream().filter(v -> v.getValue() == revision)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The widest tier any of these versions went to, or null when there are none. */
    Tier widest(List<Integer> versions) {
        return versions.stream().map(tierOfVersion::get).reduce((a, b) -> b.widerThan(a) ? b : a).orElse(null);
    }

    /**
     * Erasing a revision: the erasure, preceded by a withdrawal when the current publication (still shared) was
     * taken from it, so that no reader outside the team keeps it. Unknown -> 404 naming the field; erased before
     * or stored in clear -> 409.
     */
    List<Object> erase(Sharing learning, int currentVersion, EraseRevision command) {
        int revision = command.revision();
        if (!known(revision)) {
            throw new UnknownItem("revision", "known-revision",
                    "must be a revision of this learning, from 1 to " + revisions);
        }
        ErasureRules.notErasedYet(isErased(revision));
        ErasureRules.encrypted(command.encrypted());
        List<Integer> taken = takenFrom(revision);
        Tier widest = widest(taken);
        var erased = new LearningRevisionErased(learning.learning(), learning.team(), revision, taken,
                widest == null ? null : learning.region(), widest, command.erasure());
        return taken.contains(currentVersion) && !learning.withdrawn()
                ? List.of(new LearningWithdrawn(learning.learning(), learning.team(), learning.region(), learning.tier(),
                        null), erased)
                : List.of(erased);
    }
}
