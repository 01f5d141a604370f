package org.learningledger.command.experiment;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.experiment.MeasureCommands.CorrectMeasurePoint;
import org.learningledger.command.experiment.MeasureCommands.DefineMeasure;
import org.learningledger.command.experiment.MeasureCommands.RecordMeasurePoint;
import org.learningledger.command.experiment.MeasureCommands.RephaseMeasure;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.command.publication.Finding;
import org.learningledger.events.LedgerCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An experiment's measures over HTTP: define one, record its points, correct a point, begin a new
 * phase. Texts that seem to identify someone are recorded (they stay private) and the answer warns
 * where; a publication citing the experiment refuses identifying measure names and units.
 */
@RestController
class MeasureController {

    private final CommandGateway commands;
    private final Clock clock;
    private final ExperimentFacts facts;

    MeasureController(CommandGateway commands, Clock clock, ExperimentFacts facts) {
        this.commands = commands;
        this.clock = clock;
        this.facts = facts;
    }

    @PostMapping("/api/experiments/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> define(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody MeasureRequests.Define body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new DefineMeasure(new ExperimentId(id), actor, body.measureId(), body.name(), body.unit(),
                body.better(), body.role(), facts.memberships(actor)));
        return Map.of("experimentId", id, "measureId", body.measureId(),
                "warnings", warnings("name", body.name(), "unit", body.unit()));
    }

    @PostMapping("/api/experiments/{id}/measures/{measureId}/points")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> record(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID measureId,
                               @Valid @RequestBody MeasureRequests.Point body) {
        UserId actor = Actors.of(jwt);
        Boolean baseline = commands.sendAndWait(new RecordMeasurePoint(new ExperimentId(id), actor, measureId,
                body.pointId(), body.value(), body.observedOn(), body.note(), today(), facts.memberships(actor)));
        return Map.of("experimentId", id, "measureId", measureId, "pointId", body.pointId(), "baseline", baseline,
                "warnings", warnings("note", body.note()));
    }

    @PostMapping("/api/experiments/{id}/measures/{measureId}/points/{pointId}/corrections")
    Map<String, Object> correct(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID measureId,
                                @PathVariable UUID pointId, @Valid @RequestBody MeasureRequests.Correction body) {
        UserId actor = Actors.of(jwt);
        Boolean baseline = commands.sendAndWait(new CorrectMeasurePoint(new ExperimentId(id), actor, measureId,
                pointId, body.value(), body.observedOn(), body.note(), body.reason(), today(),
                facts.memberships(actor)));
        return Map.of("experimentId", id, "measureId", measureId, "pointId", pointId, "baseline", baseline,
                "warnings", warnings("note", body.note(), "reason", body.reason()));
    }

    @PostMapping("/api/experiments/{id}/measures/{measureId}/phases")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> rephase(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID measureId,
                                @Valid @RequestBody MeasureRequests.Rephase body) {
        UserId actor = Actors.of(jwt);
        commands.sendAndWait(new RephaseMeasure(new ExperimentId(id), actor, measureId, body.from(), body.reason(),
                today(), facts.memberships(actor)));
        return Map.of("experimentId", id, "measureId", measureId, "from", body.from(),
                "warnings", warnings("reason", body.reason()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LedgerCalendar.ZONE));
    }

    /** Field name, text, ...: the optional texts may be absent. */
    private static List<Finding> warnings(String... fieldsAndTexts) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            texts.put(fieldsAndTexts[i], fieldsAndTexts[i + 1]);
        }
        return DeidentificationGuard.warnings(texts);
    }
}
