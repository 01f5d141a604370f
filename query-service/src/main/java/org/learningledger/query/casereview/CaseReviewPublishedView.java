package org.learningledger.query.casereview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.learning.Tier;

/**
 * The latest published snapshot of a case review, as readers of its tier see it: findings and issues with
 * their addenda' texts, never the chronology or who took part. Texts null once erased.
 */
public record CaseReviewPublishedView(String view, UUID id, UUID regionId, CaseReviewKind kind, int version,
                                      Tier tier, Instant publishedAt, String title, List<Finding> findings,
                                      List<Issue> issues, Instant erasedAt) {

    /**
     * {@code learnings}: the learnings it cites that the reader may see; {@code respondingExperiments}: how many
     * experiments respond to it, {@code ownExperiments} those of the reader's teams ({@link FindingLinks}).
     */
    public record Finding(UUID findingId, String text, Set<ContributoryFactor> factors, boolean goodPractice,
                          List<String> addenda, List<FindingLinks.CitedLearning> learnings, int respondingExperiments,
                          List<FindingLinks.OwnExperiment> ownExperiments) {
    }

    public record Issue(UUID issueId, String question, List<String> addenda) {
    }

    static CaseReviewPublishedView of(UUID id, UUID regionId, CaseReviewKind kind, int version, Tier tier,
            Instant publishedAt, CaseReviewSnapshot s, Instant erasedAt, Map<UUID, List<FindingLinks.CitedLearning>> cites,
            Map<UUID, FindingLinks.Responses> responses) {
        return new CaseReviewPublishedView("snapshot", id, regionId, kind, version, tier, publishedAt, s.title(),
                s.findings().stream().map(f -> {
                    FindingLinks.Responses responding = responses.getOrDefault(f.findingId(), FindingLinks.Responses.NONE);
                    return new Finding(f.findingId(), f.text(), f.factors(), f.goodPractice(),
                            f.addenda().stream().map(CaseReviewSnapshot.Addendum::text).toList(),
                            List.copyOf(cites.getOrDefault(f.findingId(), List.of())),
                            responding.respondingExperiments(), responding.own());
                }).toList(),
                s.issues().stream().map(i -> new Issue(i.issueId(), i.question(),
                        i.addenda().stream().map(CaseReviewSnapshot.Addendum::text).toList())).toList(), erasedAt);
    }
}
