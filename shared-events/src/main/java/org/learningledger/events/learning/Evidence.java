package org.learningledger.events.learning;

import java.util.UUID;

/**
 * One experiment as a publication shows it: its question and, once concluded, the decision and the
 * summary the team wrote. Never its observations.
 */
public record Evidence(UUID experimentId, String question, String decision, String summary) {
}
