package org.learningledger.events.report;

/** Where a report stands with the region's reviewers, as its reporter reads it with the receipt. */
public enum ReportState {
    NEW, UNDER_REVIEW, ANSWERED, CLOSED
}
