package org.learningledger.events.learning;

import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import java.util.UUID;

/**
 * One experiment as a publication shows it: its question and, once concluded, the decision and the
 * summary the team wrote. Never its observations.
 */
public record Evidence(UUID experimentId, @Personal String question,
                       @NotPersonal("ADOPT, ADAPT or ABANDON: the name of a Decision") String decision,
                       @Personal String summary) {
}
