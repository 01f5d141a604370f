package org.learningledger.command.casereview;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The findings readers may see now, by the tier of the snapshot that holds them, in the publication's
 * transaction (the directory's subscribing processor): a challenge's evidence is checked against it.
 * A withdrawal or an erasure takes a review's findings out at once.
 */
@Component
@ProcessingGroup(Directory.GROUP)
public class CaseReviewDirectory {

    /** A finding of a published snapshot: its review's region and the tier readers see it at. */
    public record PublishedFinding(UUID findingId, UUID regionId, Tier tier) {

        /** Whether a team of {@code teamRegion} reads it: national, or of the team's own region. */
        public boolean visibleToTeamOf(RegionId teamRegion) {
            return tier == Tier.NATION
                    || tier == Tier.REGION && teamRegion != null && teamRegion.value().equals(regionId);
        }
    }

    private final JdbcClient jdbc;

    CaseReviewDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedFinding> publishedFinding(UUID findingId) {
        return jdbc.sql("select finding_id, region_id, tier from directory_case_review_finding where finding_id = ?")
                .params(findingId).query((rs, n) -> new PublishedFinding(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), Tier.valueOf(rs.getString(3)))).optional();
    }

    /** A new version replaces the last: its findings, at its tier. */
    @EventHandler
    void on(CaseReviewPublished event) {
        forget(event.caseReviewId());
        event.snapshot().findings().forEach(finding -> jdbc.sql(
                "insert into directory_case_review_finding values (?, ?, ?, ?) on conflict (finding_id) do nothing")
                .params(finding.findingId(), event.caseReviewId(), event.regionId(), event.tier().name()).update());
    }

    @EventHandler
    void on(CaseReviewWithdrawn event) {
        forget(event.caseReviewId());
    }

    @EventHandler
    void on(CaseReviewErased event) {
        forget(event.caseReviewId());
    }

    private void forget(UUID caseReviewId) {
        jdbc.sql("delete from directory_case_review_finding where case_review_id = ?").params(caseReviewId).update();
    }
}
