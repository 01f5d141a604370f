package org.learningledger.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * One dated step of a learning's timeline: {@code published} (tier, version, title), {@code endorsed}
 * (tier, stewardRegionId, note), {@code invited} (tier, stewardRegionId), {@code withdrawn} (tier), or
 * {@code validatedBy}: a publication of another learning that validates this one, with its provenance
 * (learningId, teamId, regionId), tier, version, result, and its title where the reader sees it; or
 * {@code challengedBy}: a challenge citing the learning as evidence (challengeId, teamId if a team raised it,
 * regionId, tier, and its target as title where the reader sees it); or {@code finding}: a finding of a published,
 * not withdrawn case review that cites the learning (caseReviewId, findingId, its text, regionId, tier, version and
 * publishedAt of the snapshot that holds it; at: when both the snapshot and the cite were there).
 * Where the reader sees the title of a version or the note of an endorsement that was erased, it is absent and
 * {@code erasedAt} and {@code erasedBy} (TEAM, STEWARD or ADMINISTRATOR) say so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(Instant at, String kind, Tier tier, Integer version, String title,
                            UUID stewardRegionId, String note, UUID learningId, UUID teamId, UUID regionId,
                            String result, Instant erasedAt, String erasedBy, UUID challengeId, UUID caseReviewId,
                            UUID findingId, String text, Instant publishedAt) {

    TimelineEntry(Instant at, String kind, Tier tier, Integer version, String title, UUID stewardRegionId, String note,
            UUID learningId, UUID teamId, UUID regionId, String result, Instant erasedAt, String erasedBy,
            UUID challengeId) {
        this(at, kind, tier, version, title, stewardRegionId, note, learningId, teamId, regionId, result, erasedAt,
                erasedBy, challengeId, null, null, null, null);
    }

    static TimelineEntry finding(Instant at, UUID caseReviewId, UUID findingId, String text, UUID regionId, Tier tier,
            int version, Instant publishedAt, Instant erasedAt, String erasedBy) {
        return new TimelineEntry(at, "finding", tier, version, null, null, null, null, null, regionId, null, erasedAt,
                erasedBy, null, caseReviewId, findingId, text, publishedAt);
    }

    TimelineEntry(Instant at, String kind, Tier tier, Integer version, String title, UUID stewardRegionId, String note,
            UUID learningId, UUID teamId, UUID regionId, String result, Instant erasedAt, String erasedBy) {
        this(at, kind, tier, version, title, stewardRegionId, note, learningId, teamId, regionId, result, erasedAt,
                erasedBy, null);
    }

    TimelineEntry(Instant at, String kind, Tier tier, Integer version, String title, UUID stewardRegionId, String note,
            UUID learningId, UUID teamId, UUID regionId, String result) {
        this(at, kind, tier, version, title, stewardRegionId, note, learningId, teamId, regionId, result, null, null);
    }
}
