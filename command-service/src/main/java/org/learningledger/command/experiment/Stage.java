package org.learningledger.command.experiment;

/** Where an experiment is in its plan-do-study-act cycle. */
enum Stage {
    PROPOSED, STARTED, CONCLUDED, ABANDONED;

    boolean ended() {
        return this == CONCLUDED || this == ABANDONED;
    }
}
