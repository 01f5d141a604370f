package org.learningledger.query.figures;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.report.ReportKind;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Visibility;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * {@code GET /api/reports/figures}: for every region the reader may see figures of (an analyst: all; a
 * reviewer: the regions they review) and every kind, the number of confidential reports, where at least 5
 * fall in the cell ({@link FigureCell}). Anyone else gets the 404 of a path that does not exist: that the
 * figures exist is no business of theirs, and nobody learns who counts as a reviewer by asking.
 */
@RestController
class FiguresController {

    private final FigureCounts counts;
    private final Readers readers;

    FiguresController(FigureCounts counts, Readers readers) {
        this.counts = counts;
        this.readers = readers;
    }

    record Figures(List<FigureCell> cells) {
    }

    @GetMapping("/api/reports/figures")
    Figures figures(Authentication authentication, HttpServletRequest request) throws NoResourceFoundException {
        Reader reader = readers.of(authentication);
        if (!Visibility.readsAnyFigures(reader)) {
            // what the static resource handler answers for a path nobody mapped
            throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI(),
                    request.getRequestURI().substring(1));
        }
        Map<FigureCounts.Key, Long> stored = counts.counts();
        List<FigureCell> cells = new ArrayList<>();
        for (UUID region : counts.regions()) {
            if (Visibility.readsFiguresOf(reader, region)) {
                for (ReportKind kind : ReportKind.values()) {
                    cells.add(FigureCell.of(region, kind, stored.getOrDefault(new FigureCounts.Key(region, kind), 0L)));
                }
            }
        }
        return new Figures(cells);
    }
}
