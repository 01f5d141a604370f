package org.learningledger.events.casereview;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.content.Personal;

/**
 * What a case review publishes: its title, findings and board issues with their addenda. Never the
 * chronology, never who took part. Addenda are records (not bare strings) so that their text is
 * sealed like every other personal field.
 */
public record CaseReviewSnapshot(@Personal String title, List<Finding> findings, List<Issue> issues) {

    public CaseReviewSnapshot {
        findings = findings == null ? List.of() : List.copyOf(findings);
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    public record Finding(UUID findingId, @Personal String text, Set<ContributoryFactor> factors,
                          boolean goodPractice, List<Addendum> addenda) {

        public Finding {
            factors = FactorSet.of(factors);
            addenda = addenda == null ? List.of() : List.copyOf(addenda);
        }
    }

    public record Issue(UUID issueId, @Personal String question, List<Addendum> addenda) {

        public Issue {
            addenda = addenda == null ? List.of() : List.copyOf(addenda);
        }
    }

    public record Addendum(UUID addendumId, @Personal String text) {
    }
}
