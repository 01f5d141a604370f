package org.learningledger.query.experiment;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Query API over experiments. No identity yet: visibility per reader comes with authentication. */
@RestController
@RequestMapping("/api")
class ExperimentController {

    private final ExperimentQueries queries;

    ExperimentController(ExperimentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/teams/{teamId}/experiments")
    List<ExperimentSummary> ofTeam(@PathVariable UUID teamId, @RequestParam(required = false) ExperimentStatus status) {
        return queries.ofTeam(teamId, status);
    }

    @GetMapping("/experiments/{id}")
    ExperimentDetail one(@PathVariable UUID id) {
        return queries.byId(id).orElseThrow(() -> new ExperimentNotFoundException(id));
    }
}
