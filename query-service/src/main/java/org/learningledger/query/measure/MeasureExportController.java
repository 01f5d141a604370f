package org.learningledger.query.measure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.learningledger.query.csv.CsvRecords;
import org.learningledger.query.csv.CsvStyle;
import org.learningledger.query.organisation.Directory;
import org.learningledger.query.organisation.Names;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.TeamNotFoundException;
import org.learningledger.query.reader.Visibility;
import org.learningledger.query.runchart.ChartView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/teams/{teamId}/measures.csv}: the team's own measures, one row per point in chart
 * order, in the long shape R's qicharts2 and spreadsheets read ({@code qic(observed_on, value,
 * facets = ~ measure, part = phase)}); the baseline and median columns say what the ledger judged
 * against. Only the team's members get it; measures of teams are never put side by side. For spreadsheets
 * ({@link CsvStyle}): a byte order mark; {@code ;} and a decimal comma in Czech ({@code ?locale=cs|en}, else
 * {@code Accept-Language}); after the columns R reads, the team's and its region's names and {@code better} and
 * {@code role} in words (the code columns stay as they are, for scripts).
 */
@RestController
class MeasureExportController {

    static final List<String> COLUMNS = List.of("experiment_id", "measure_id", "measure", "unit", "better", "role",
            "phase", "point_id", "observed_on", "value", "baseline", "median", "corrected", "note",
            // appended: positions above stay
            "team_id", "team_name", "region_id", "region_name", "better_label", "role_label");

    private static final Map<String, List<String>> LABELS = Map.of(
            "UP", List.of("more is better", "lepší je víc"), "DOWN", List.of("less is better", "lepší je méně"),
            "OUTCOME", List.of("outcome measure", "výsledkový ukazatel"),
            "PROCESS", List.of("process measure", "procesní ukazatel"),
            "BALANCING", List.of("balancing measure", "vyvažující ukazatel"));

    private final MeasureQueries queries;
    private final Readers readers;
    private final Directory directory;

    MeasureExportController(MeasureQueries queries, Readers readers, Directory directory) {
        this.queries = queries;
        this.readers = readers;
        this.directory = directory;
    }

    @GetMapping(path = "/api/teams/{teamId}/measures.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable UUID teamId, @RequestParam(required = false) String locale,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            Authentication authentication) {
        if (!Visibility.seesTeamPrivate(readers.of(authentication), teamId)) {
            throw new TeamNotFoundException();
        }
        CsvStyle style = CsvStyle.of(locale, acceptLanguage);
        Names names = directory.names();
        UUID regionId = names.regionOf(teamId);
        List<Object> team = Arrays.asList(teamId, names.team(teamId), regionId, names.region(regionId));
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                writer.write(CsvRecords.header(COLUMNS, style));
                queries.ofTeam(teamId, rows -> write(writer, MeasureCharts.of(rows, Locale.ENGLISH), team, style));
                writer.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"ledger-measures.csv\"").body(body);
    }

    private static void write(Writer writer, MeasuresView view, List<Object> team, CsvStyle style) {
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
                line.addAll(team);
                line.add(label(m.better(), style));
                line.add(label(m.role(), style));
                try {
                    writer.write(CsvRecords.of(line, style));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static String label(String code, CsvStyle style) {
        List<String> both = code == null ? null : LABELS.get(code);
        return both == null ? code : both.get(style.czech() ? 1 : 0);
    }
}
