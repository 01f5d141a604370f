package org.learningledger.query.measure;

import java.util.Locale;
import java.util.UUID;
import org.learningledger.query.experiment.ExperimentNotFoundException;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Visibility;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An experiment's measures and run charts, team-private as the experiment is: anyone but a current
 * member of its team is told the experiment does not exist. Words follow {@code Accept-Language}
 * (Czech or English).
 */
@RestController
class MeasureController {

    private final MeasureQueries queries;
    private final Readers readers;

    MeasureController(MeasureQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/api/experiments/{id}/measures")
    MeasuresView measures(@PathVariable UUID id, Authentication authentication, Locale locale) {
        Reader reader = readers.of(authentication);
        return queries.ofExperiment(id).filter(rows -> Visibility.seesTeamPrivate(reader, rows.experiment().teamId()))
                .map(rows -> MeasureCharts.of(rows, locale))
                .orElseThrow(ExperimentNotFoundException::new);
    }
}
