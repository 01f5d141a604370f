package org.learningledger.query.feed;

import java.time.ZoneOffset;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.query.intake.CommitDurability;
import org.learningledger.query.intake.LedgerEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feed's entries of a case review, the exhaustive switch over its events: only a publication travels,
 * as an entry {@code case-review} with the snapshot's findings and issues (never the chronology or who took
 * part). Withdrawn or erased, the entry keeps its place and facts with its texts blanked.
 */
final class FeedCaseReviews implements CaseReviewEvent.Handler<Void> {

    private static final String BLANKED = "'title', null, 'findings', null, 'issues', null";

    private final JdbcClient jdbc;
    private final CommitDurability durability;
    private final LedgerEvent event;

    FeedCaseReviews(JdbcClient jdbc, CommitDurability durability, LedgerEvent event) {
        this.jdbc = jdbc;
        this.durability = durability;
        this.event = event;
    }

    @Override
    public Void published(CaseReviewPublished e) {
        ObjectNode shown = LedgerJson.mapper().createObjectNode().put("caseReviewId", e.caseReviewId().toString())
                .put("regionId", e.regionId().toString()).put("tier", e.tier().name()).put("version", e.version())
                .put("title", e.snapshot().title()).put("publishedAt", event.occurredAt().toString());
        shown.set("findings", LedgerJson.mapper().valueToTree(e.snapshot().findings()));
        shown.set("issues", LedgerJson.mapper().valueToTree(e.snapshot().issues()));
        durability.durable();
        // the same lock as the learnings' entries: one order of positions for the whole feed
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", FeedProjection.FEED_LOCK).query().listOfRows();
        jdbc.sql("""
                INSERT INTO feed_entry (case_review_id, sequence, kind, region_id, tier, payload, occurred_at)
                VALUES (:review, :sequence, 'case-review', :region, :tier, CAST(:payload AS jsonb), :at)
                ON CONFLICT (case_review_id, sequence) DO NOTHING""")
                .param("review", e.caseReviewId()).param("sequence", event.sequence()).param("region", e.regionId())
                .param("tier", e.tier().name()).param("payload", LedgerJson.mapper().writeValueAsString(shown))
                .param("at", event.occurredAt().atOffset(ZoneOffset.UTC)).update();
        return null;
    }

    /** No new entry: a subscriber resuming or starting later gets the fact without the snapshot. */
    @Override
    public Void withdrawn(CaseReviewWithdrawn e) {
        jdbc.sql("UPDATE feed_entry SET payload = payload || jsonb_build_object(" + BLANKED
                        + ", 'withdrawnAt', CAST(:at AS text)) WHERE case_review_id = :review AND payload -> 'withdrawnAt' IS NULL")
                .param("review", e.caseReviewId()).param("at", event.occurredAt().toString()).update();
        return null;
    }

    @Override
    public Void erased(CaseReviewErased e) {
        jdbc.sql("UPDATE feed_entry SET payload = payload || jsonb_build_object(" + BLANKED
                        + ", 'erasedAt', CAST(:at AS text), 'erasedBy', CAST(:by AS text))"
                        + " WHERE case_review_id = :review AND payload -> 'erasedAt' IS NULL")
                .param("review", e.caseReviewId()).param("at", event.occurredAt().toString())
                .param("by", e.erasure().role().name()).update();
        return null;
    }

    // The workspace is its participants' and the region's reviewers': never in the feed.

    @Override
    public Void caseReviewOpened(CaseReviewOpened e) {
        return null;
    }

    @Override
    public Void participantAdded(CaseReviewParticipantAdded e) {
        return null;
    }

    @Override
    public Void participantRemoved(CaseReviewParticipantRemoved e) {
        return null;
    }

    @Override
    public Void episodeRecorded(EpisodeRecorded e) {
        return null;
    }

    @Override
    public Void findingRecorded(FindingRecorded e) {
        return null;
    }

    @Override
    public Void boardIssueRaised(BoardIssueRaised e) {
        return null;
    }

    @Override
    public Void addendumRecorded(AddendumRecorded e) {
        return null;
    }

    @Override
    public Void findingLinkedToExperiment(FindingLinkedToExperiment e) {
        return null;
    }

    /** A workspace fact: the published view joins the cites its readers may see. */
    @Override
    public Void findingCitedLearning(FindingCitedLearning e) {
        return null;
    }

    @Override
    public Void publicationProposed(CaseReviewPublicationProposed e) {
        return null; // travels only once a second reviewer approves it
    }
}
