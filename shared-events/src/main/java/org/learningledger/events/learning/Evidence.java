package org.learningledger.events.learning;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;

/**
 * One experiment as a publication shows it: its question and, once concluded, the decision and the
 * summary the team wrote, and its measures' run-chart data as they stood (revision 2 of
 * {@link LearningPublished}). Never its observations, nor the notes on its points.
 */
public record Evidence(UUID experimentId, @Personal String question,
                       @NotPersonal("ADOPT, ADAPT or ABANDON: the name of a Decision") String decision,
                       @Personal String summary, List<MeasureEvidence> measures) {

    public Evidence {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** Evidence without measures (an experiment that defined none). */
    public Evidence(UUID experimentId, String question, String decision, String summary) {
        this(experimentId, question, decision, summary, List.of());
    }
}
