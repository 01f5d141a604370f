package org.learningledger.command.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.NotFound;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.command.report.ReportCommands.AddToReport;
import org.learningledger.command.report.ReportCommands.ReplyToReport;
import org.learningledger.command.report.ReportCommands.SubmitReport;
import org.learningledger.command.report.ReportCommands.TriageReport;
import org.learningledger.events.report.Receipts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Confidential reports over HTTP. The reporter's token only answers whether the ledger knows them and
 * counts towards their in-memory limit; it reaches no command, event, table or log line.
 */
@RestController
class ReportController {

    private final CommandGateway commands;
    private final Directory directory;
    private final ReportDirectory reports;
    private final RateLimits limits;

    ReportController(CommandGateway commands, Directory directory, ReportDirectory reports, RateLimits limits) {
        this.commands = commands;
        this.directory = directory;
        this.reports = reports;
        this.limits = limits;
    }

    /** Answers the receipt code, once: the ledger keeps only its slow hash, so no one can show it again. */
    @PostMapping("/api/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> submit(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ReportRequests.Submit body) {
        UserId reporter = Actors.of(jwt);
        limits.submissions.acquire(reporter.value());
        String code = Receipts.newCode();
        commands.sendAndWait(new SubmitReport(new ReportId(body.reportId()), new RegionId(body.regionId()),
                body.kind(), body.whatHappened(), body.whatHelped(), body.whatCouldChange(), Receipts.hash(code),
                directory.knows(reporter), directory.regionExists(body.regionId())));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reportId", body.reportId());
        answer.put("receipt", Receipts.shown(code));
        answer.put("warnings", DeidentificationGuard.warnings(texts(body)));
        return answer;
    }

    /** No sign-in: the code is the key. A wrong or malformed one is the same 404 as any unknown record. */
    @PostMapping("/api/reports/receipts/{code}/additions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> add(@PathVariable String code, @Valid @RequestBody ReportRequests.Addition body,
                            HttpServletRequest request) {
        String address = request.getRemoteAddr();
        limits.wrongReceipts.check(address);
        ReportId report = Receipts.normalise(code).map(Receipts::hash).flatMap(reports::byReceipt).orElse(null);
        if (report == null) {
            limits.wrongReceipts.count(address);
            throw new NotFound();
        }
        commands.sendAndWait(new AddToReport(report, body.additionId(), body.text()));
        return Map.of("additionId", body.additionId());
    }

    @PostMapping("/api/reports/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> reply(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                              @Valid @RequestBody ReportRequests.Reply body) {
        UserId reviewer = Actors.of(jwt);
        commands.sendAndWait(new ReplyToReport(new ReportId(id), body.replyId(), reviewer, body.text(),
                directory.reviewershipsOf(reviewer)));
        return Map.of("reportId", id, "replyId", body.replyId());
    }

    @PostMapping("/api/reports/{id}/triage")
    Map<String, Object> triage(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody ReportRequests.Triage body) {
        UserId reviewer = Actors.of(jwt);
        commands.sendAndWait(new TriageReport(new ReportId(id), body.state(), reviewer, body.reason(),
                directory.reviewershipsOf(reviewer)));
        return Map.of("reportId", id, "state", body.state());
    }

    private static Map<String, String> texts(ReportRequests.Submit body) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("whatHappened", body.whatHappened());
        texts.put("whatHelped", body.whatHelped());
        texts.put("whatCouldChange", body.whatCouldChange());
        return texts;
    }
}
