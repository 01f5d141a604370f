package org.learningledger.command.report;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each report's region and its receipt's hash, in the submission's transaction (the directory's
 * subscribing processor): the holder of a receipt finds their report by it, a reviewer's command finds
 * the report's region. Nothing here says who reported.
 */
@Component
@ProcessingGroup(Directory.GROUP)
public class ReportDirectory {

    private final JdbcClient jdbc;

    ReportDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report whose receipt hashes to {@code receiptHash}, if any. */
    Optional<ReportId> byReceipt(String receiptHash) {
        return jdbc.sql("select report_id from directory_report where receipt_hash = ?").params(receiptHash)
                .query(UUID.class).optional().map(ReportId::new);
    }

    /** The region of a report, if it exists. */
    public Optional<RegionId> regionOf(UUID reportId) {
        return jdbc.sql("select region_id from directory_report where report_id = ?").params(reportId)
                .query(UUID.class).optional().map(RegionId::new);
    }

    /** Whether the report was erased: nothing new is written from it. */
    public boolean erased(UUID reportId) {
        return jdbc.sql("select erased from directory_report where report_id = ?").params(reportId)
                .query(Boolean.class).optional().orElse(false);
    }

    @EventHandler
    void on(ReportErased event) {
        jdbc.sql("update directory_report set erased = true where report_id = ?").params(event.reportId()).update();
    }

    @EventHandler
    void on(ReportSubmitted event) {
        jdbc.sql("insert into directory_report (report_id, region_id, receipt_hash) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(event.reportId(), event.regionId(), event.receiptHash()).update();
    }
}
