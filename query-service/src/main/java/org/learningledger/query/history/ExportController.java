package org.learningledger.query.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningledger.events.LedgerJson;
import org.learningledger.query.csv.CsvRecords;
import org.learningledger.query.csv.CsvStyle;
import org.learningledger.query.organisation.Directory;
import org.learningledger.query.organisation.Names;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/history/events?from=&to=}: the events visible to the reader in [from, to), in intake
 * order, as NDJSON or CSV by {@code Accept} (406 for anything else). Streamed row by row from a cursor.
 * The CSV is for spreadsheets ({@link CsvStyle}: a byte order mark; {@code ;} and a decimal comma in Czech, by
 * {@code ?locale=cs|en} or else {@code Accept-Language}) and has, after the {@link ExportLine} columns, the
 * {@link ExportLabels} ones: names beside ids, the codes in words. The names are read once per request.
 */
@RestController
class ExportController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final HistoryQueries queries;
    private final Readers readers;
    private final Directory directory;

    ExportController(HistoryQueries queries, Readers readers, Directory directory) {
        this.queries = queries;
        this.readers = readers;
        this.directory = directory;
    }

    @GetMapping(path = "/api/history/events", produces = NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication authentication) {
        return export(from, to, authentication, MediaType.parseMediaType(NDJSON), null);
    }

    @GetMapping(path = "/api/history/events", produces = CSV)
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String locale,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            Authentication authentication) {
        CsvStyle style = CsvStyle.of(locale, acceptLanguage);
        return export(from, to, authentication, new MediaType("text", "csv", StandardCharsets.UTF_8), style);
    }

    private ResponseEntity<StreamingResponseBody> export(String fromText, String toText, Authentication auth,
            MediaType type, CsvStyle style) {
        boolean csv = style != null;
        Instant from = Instants.start("from", fromText, Instant.EPOCH);
        Instant to = Instants.end("to", toText, Instant.now().plusSeconds(1));
        if (!from.isBefore(to)) {
            throw new InvalidParameterException("to", "after", "must be later than 'from'");
        }
        Reader reader = readers.of(auth); // on the request thread: the stream runs on another one
        Names names = csv ? directory.names() : null; // once, not per row
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                if (csv) {
                    List<String> columns = new ArrayList<>(ExportLine.COLUMNS);
                    columns.addAll(ExportLabels.COLUMNS);
                    writer.write(CsvRecords.header(columns, style));
                }
                queries.each(from, to, row -> write(writer, reader, row, style, names));
                writer.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        String file = csv ? "attachment; filename=\"ledger-history.csv\"" : "inline";
        return ResponseEntity.ok().contentType(type).header("Content-Disposition", file).body(body);
    }

    private static void write(Writer writer, Reader reader, HistoryRow row, CsvStyle style, Names names) {
        Sight sight = HistorySight.of(reader, row);
        if (sight == Sight.HIDDEN) {
            return;
        }
        Map<String, Object> line = ExportLine.of(row, sight);
        try {
            if (style != null) {
                List<Object> values = new ArrayList<>(line.values());
                values.addAll(ExportLabels.of(line, names, style));
                writer.write(CsvRecords.of(values, style));
            } else {
                ObjectNode json = LedgerJson.mapper().valueToTree(line);
                if (sight == Sight.FULL) {
                    json.set("content", LedgerJson.mapper().readTree(row.content()));
                }
                writer.write(LedgerJson.mapper().writeValueAsString(json));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
