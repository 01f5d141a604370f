package org.learningledger.query.figures;

import java.util.UUID;
import org.learningledger.events.report.ReportKind;

/**
 * The number of confidential reports of one kind in one region, or, where fewer than {@link #LEAST} fall in
 * the cell, no number: a small count could point at who spoke up (a team of ten, one incident), so 0 and 1..4
 * look the same and say only {@code fewerThan5}.
 *
 * @param reports the count, or null when fewer than {@link #LEAST}
 */
public record FigureCell(UUID regionId, ReportKind kind, Integer reports, boolean fewerThan5) {

    /** The fewest reports a cell shows a number for. */
    public static final int LEAST = 5;

    /** The cell of {@code count} reports: the suppression, a pure function of the count. */
    public static FigureCell of(UUID regionId, ReportKind kind, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count of reports is never negative: " + count);
        }
        boolean small = count < LEAST;
        return new FigureCell(regionId, kind, small ? null : Math.toIntExact(count), small);
    }
}
