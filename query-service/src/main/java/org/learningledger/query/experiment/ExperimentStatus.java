package org.learningledger.query.experiment;

/** Where an experiment is in its plan-do-study-act cycle, as the read model shows it. */
public enum ExperimentStatus {
    PROPOSED, STARTED, CONCLUDED, ABANDONED
}
