package org.learningledger.events.report;

/** What a confidential report tells of: something that went wrong, nearly did, went well, or worries. */
public enum ReportKind {
    INCIDENT, NEAR_MISS, GOOD_PRACTICE, CONCERN
}
