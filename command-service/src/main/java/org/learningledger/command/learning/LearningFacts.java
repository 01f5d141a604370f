package org.learningledger.command.learning;

import java.util.Optional;
import org.learningledger.command.keys.KeyStatus;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.ContentItem;
import org.springframework.stereotype.Component;

/**
 * Loads, just before a command is dispatched, the facts the learning decisions take, so that the
 * aggregate only checks them against its state: what was known when the command arrived.
 */
@Component
class LearningFacts {

    private final Directory directory;
    private final LearningDirectory learnings;
    private final KeyStatus keys;

    LearningFacts(Directory directory, LearningDirectory learnings, KeyStatus keys) {
        this.directory = directory;
        this.learnings = learnings;
        this.keys = keys;
    }

    /** Whether the item's text is encrypted (has a key row): content stored before encryption has none. */
    boolean encrypted(ContentItem item) {
        return keys.exists(item);
    }

    Memberships memberships(UserId actor) {
        return directory.memberships(actor);
    }

    Stewardships stewardships(UserId actor) {
        return directory.stewardshipsOf(actor);
    }

    Citations citations(Content content) {
        return new Citations(learnings.teamsOf(content.evidence()),
                content.validates() == null ? Optional.empty() : learnings.learning(content.validates()));
    }

    TeamEvidence evidence(LearningId learning) {
        return new TeamEvidence(learnings.evidenceOfOwner(learning.value()));
    }
}
