package org.learningledger.command.experiment;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.experiment.ExperimentCommands.AbandonExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ConcludeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.CorrectObservation;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.experiment.ExperimentCommands.ReviseExperiment;
import org.learningledger.command.experiment.ExperimentCommands.StartExperiment;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.events.LedgerCalendar;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The experiment commands over HTTP. Each call loads the facts its decision needs, then dispatches; it
 * returns once the events are stored: the record is safe then, and reaches the query service moments later.
 */
@RestController
class ExperimentController {

    private final CommandGateway commands;
    private final Clock clock;
    private final ExperimentFacts facts;

    ExperimentController(CommandGateway commands, Clock clock, ExperimentFacts facts) {
        this.commands = commands;
        this.clock = clock;
        this.facts = facts;
    }

    @PostMapping("/api/teams/{teamId}/experiments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> propose(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID teamId, @Valid @RequestBody ExperimentRequests.Propose body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new ProposeExperiment(new ExperimentId(body.experimentId()), actor, new TeamId(teamId),
                body.question(), body.prediction(), body.plan(), body.measures(), body.basedOn(),
                facts.memberships(actor), facts.basedOn(body.basedOn()), facts.basedOnLesson(body.basedOn()),
                facts.basedOnFinding(body.basedOn()), body.follows(), facts.followed(body.follows())));
        return Map.of("experimentId", body.experimentId(), "teamId", teamId);
    }

    /** Corrects the proposal's texts before the start; {@code changed} false: they already read so. */
    @PutMapping("/api/experiments/{id}")
    Map<String, Object> revise(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @Valid @RequestBody ExperimentRequests.Revise body) {
        UserId actor = Actors.of(jwt);
        Boolean changed = commands.sendAndWait(new ReviseExperiment(new ExperimentId(id), actor, body.question(),
                body.prediction(), body.plan(), body.measures(), facts.memberships(actor)));
        return Map.of("experimentId", id, "changed", Boolean.TRUE.equals(changed),
                "warnings", DeidentificationGuard.warnings(inOrder("question", body.question(),
                        "prediction", body.prediction(), "plan", body.plan(), "measures", body.measures())));
    }

    /** Supersedes an observation's text; the earlier words stay in its history. */
    @PostMapping("/api/experiments/{id}/observations/{observationId}/corrections")
    Map<String, Object> correct(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @PathVariable UUID observationId, @Valid @RequestBody ExperimentRequests.CorrectObservation body) {
        UserId actor = Actors.of(jwt);
        Boolean changed = commands.sendAndWait(new CorrectObservation(new ExperimentId(id), actor, observationId,
                body.kind(), body.text(), body.reason(), facts.memberships(actor)));
        return Map.of("experimentId", id, "observationId", observationId, "changed", Boolean.TRUE.equals(changed),
                "warnings", DeidentificationGuard.warnings(inOrder("text", body.text(), "reason", body.reason())));
    }

    @PostMapping("/api/experiments/{id}/start")
    Map<String, Object> start(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ExperimentRequests.Start body) {
        UserId actor = Actors.of(jwt);
        LocalDate today = LocalDate.now(clock.withZone(LedgerCalendar.ZONE));
        LocalDate startedOn = body == null || body.startedOn() == null ? today : body.startedOn();
        Boolean changed = commands.sendAndWait(new StartExperiment(new ExperimentId(id), actor, startedOn, today,
                facts.memberships(actor)));
        return Map.of("experimentId", id, "stage", Stage.STARTED, "startedOn", startedOn, "changed", changed);
    }

    /** Recorded even when the text seems to identify someone (it stays private); the answer warns where. */
    @PostMapping("/api/experiments/{id}/observations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> observe(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody ExperimentRequests.Observe body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RecordObservation(new ExperimentId(id), actor, body.observationId(), body.kind(),
                body.text(), body.value(), body.observedOn(), LocalDate.now(clock.withZone(LedgerCalendar.ZONE)),
                facts.memberships(actor)));
        return Map.of("experimentId", id, "observationId", body.observationId(),
                "warnings", DeidentificationGuard.warnings(Map.of("text", body.text())));
    }

    @PostMapping("/api/experiments/{id}/conclusion")
    Map<String, Object> conclude(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody ExperimentRequests.Conclude body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new ConcludeExperiment(new ExperimentId(id), actor, body.decision(), body.summary(),
                facts.memberships(actor)));
        return Map.of("experimentId", id, "stage", Stage.CONCLUDED);
    }

    @PostMapping("/api/experiments/{id}/abandonment")
    Map<String, Object> abandon(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody ExperimentRequests.Abandon body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new AbandonExperiment(new ExperimentId(id), actor, body.reason(), facts.memberships(actor)));
        return Map.of("experimentId", id, "stage", Stage.ABANDONED);
    }

    /** Field name, text, ...: the warnings come in the form's order. */
    private static Map<String, String> inOrder(String... fieldsAndTexts) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            texts.put(fieldsAndTexts[i], fieldsAndTexts[i + 1]);
        }
        return texts;
    }
}
