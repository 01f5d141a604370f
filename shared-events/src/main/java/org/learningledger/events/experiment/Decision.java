package org.learningledger.events.experiment;

/** What a team decides when it concludes an experiment (the "act" of plan-do-study-act). */
public enum Decision {
    ADOPT, ADAPT, ABANDON
}
