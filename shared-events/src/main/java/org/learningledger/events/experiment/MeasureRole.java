package org.learningledger.events.experiment;

/**
 * What a measure tells the team: the result it wants (OUTCOME), whether the change is done as planned
 * (PROCESS), or whether something else gets worse because of it (BALANCING).
 */
public enum MeasureRole {
    OUTCOME, PROCESS, BALANCING
}
