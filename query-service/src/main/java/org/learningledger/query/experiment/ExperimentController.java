package org.learningledger.query.experiment;

import java.util.List;
import java.util.UUID;
import org.learningledger.query.learning.Withdrawals;
import org.learningledger.query.paging.Page;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.TeamNotFoundException;
import org.learningledger.query.reader.Visibility;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Query API over experiments, which are team-private: only current members of the owning team see
 * them. Anything else answers exactly as if it did not exist, so ids leak nothing. An experiment
 * based on a learning that was since withdrawn carries a notice of the withdrawal.
 */
@RestController
@RequestMapping("/api")
class ExperimentController {

    private final ExperimentQueries queries;
    private final Readers readers;
    private final Withdrawals withdrawals;

    ExperimentController(ExperimentQueries queries, Readers readers, Withdrawals withdrawals) {
        this.queries = queries;
        this.readers = readers;
        this.withdrawals = withdrawals;
    }

    @GetMapping("/teams/{teamId}/experiments")
    ResponseEntity<List<ExperimentSummary>> ofTeam(@PathVariable UUID teamId,
            @RequestParam(required = false) ExperimentStatus status, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, Authentication authentication) {
        if (!Visibility.seesTeamPrivate(readers.of(authentication), teamId)) {
            throw new TeamNotFoundException();
        }
        return Page.of(queries.ofTeam(teamId, status), ExperimentSummary::id, limit, cursor);
    }

    @GetMapping("/experiments/{id}")
    ExperimentDetail one(@PathVariable UUID id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        return queries.byId(id).filter(experiment -> Visibility.seesTeamPrivate(reader, experiment.teamId()))
                .map(experiment -> experiment.withWithdrawalNotice(withdrawals.of(experiment.basedOn()).orElse(null)))
                .orElseThrow(ExperimentNotFoundException::new);
    }
}
