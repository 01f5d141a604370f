package org.learningledger.command.learning;

import java.util.Optional;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.UserId;
import org.springframework.stereotype.Component;

/**
 * Loads, just before a command is dispatched, the facts the learning decisions take, so that the
 * aggregate only checks them against its state: what was known when the command arrived.
 */
@Component
class LearningFacts {

    private final Directory directory;
    private final LearningDirectory learnings;

    LearningFacts(Directory directory, LearningDirectory learnings) {
        this.directory = directory;
        this.learnings = learnings;
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
