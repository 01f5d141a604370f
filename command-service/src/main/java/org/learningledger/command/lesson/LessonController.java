package org.learningledger.command.lesson;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.report.ReportDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lessons over HTTP: a reviewer drafts one from a report, a second reviewer of the region approves it. */
@RestController
class LessonController {

    private final CommandGateway commands;
    private final Directory directory;
    private final ReportDirectory reports;

    LessonController(CommandGateway commands, Directory directory, ReportDirectory reports) {
        this.commands = commands;
        this.directory = directory;
        this.reports = reports;
    }

    @PostMapping("/api/reports/{reportId}/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> draft(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID reportId,
                              @Valid @RequestBody LessonRequests.Draft body) {
        UserId reviewer = Actors.of(jwt);
        commands.sendAndWait(new LessonCommands.DraftLesson(new LessonId(body.lessonId()), reportId,
                reports.regionOf(reportId).orElse(null), reports.erased(reportId), reviewer, body.title(), body.summary(), body.practice(),
                body.tier(), directory.reviewershipsOf(reviewer)));
        return Map.of("lessonId", body.lessonId(), "reportId", reportId, "tier", body.tier());
    }

    /** Publishes the lesson to its tier; approving again answers the same. */
    @PostMapping("/api/lessons/{id}/approvals")
    Map<String, Object> approve(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        UserId approver = Actors.of(jwt);
        commands.sendAndWait(new LessonCommands.ApproveLesson(new LessonId(id), approver,
                directory.reviewershipsOf(approver)));
        return Map.of("lessonId", id, "approved", true);
    }
}
