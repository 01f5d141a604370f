package org.learningledger.query.measure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.learningledger.query.csv.CsvRecords;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.TeamNotFoundException;
import org.learningledger.query.reader.Visibility;
import org.learningledger.query.runchart.ChartView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/teams/{teamId}/measures.csv}: the team's own measures, one row per point in chart
 * order, in the long shape R's qicharts2 and spreadsheets read ({@code qic(observed_on, value,
 * facets = ~ measure, part = phase)}); the baseline and median columns say what the ledger judged
 * against. Only the team's members get it; measures of teams are never put side by side.
 */
@RestController
class MeasureExportController {

    static final List<String> COLUMNS = List.of("experiment_id", "measure_id", "measure", "unit", "better", "role",
            "phase", "point_id", "observed_on", "value", "baseline", "median", "corrected", "note");

    private final MeasureQueries queries;
    private final Readers readers;

    MeasureExportController(MeasureQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping(path = "/api/teams/{teamId}/measures.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable UUID teamId, Authentication authentication) {
        if (!Visibility.seesTeamPrivate(readers.of(authentication), teamId)) {
            throw new TeamNotFoundException();
        }
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                writer.write(CsvRecords.of(COLUMNS));
                queries.ofTeam(teamId, rows -> write(writer, MeasureCharts.of(rows, Locale.ENGLISH)));
                writer.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"ledger-measures.csv\"").body(body);
    }

    private static void write(Writer writer, MeasuresView view) {
        for (MeasuresView.Measure m : view.measures()) {
            for (ChartView.Point p : m.chart().points()) {
                List<Object> line = new ArrayList<>(List.of(view.experimentId(), m.measureId()));
                line.add(m.name());
                line.add(m.unit());
                line.add(m.better());
                line.add(m.role());
                line.add(p.phase());
                line.add(p.pointId());
                line.add(p.observedOn());
                line.add(p.value());
                line.add(p.baseline());
                line.add(m.chart().phases().get(p.phase()).median());
                line.add(p.corrected());
                line.add(p.note());
                try {
                    writer.write(CsvRecords.of(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
