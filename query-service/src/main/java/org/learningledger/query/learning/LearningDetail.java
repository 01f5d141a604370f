package org.learningledger.query.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;

/**
 * One learning as this reader sees it: the latest visible snapshot and every visible version (each
 * as it was published), the visible endorsements; for the owning team also the draft, the
 * invitations and the withdrawal, which nobody else gets (an inviting steward sees their own
 * invitations). Fields a reader does not get are absent, not null. Erased text is null, and the
 * version, draft, endorsement or withdrawal it was in says when ({@code erasedAt}) and by whom ({@code erasedBy}: TEAM or
 * ADMINISTRATOR); {@code erasedAt} and {@code erasedBy} at the top say so of the latest snapshot shown.
 */
public record LearningDetail(
        UUID learningId,
        UUID teamId,
        String teamName,
        UUID regionId,
        String focus,
        Tier tier,
        Integer version,
        Instant publishedAt,
        Snapshot snapshot,
        List<Version> versions,
        List<Endorsement> endorsements,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean withdrawn,
        @JsonInclude(JsonInclude.Include.NON_NULL) Withdrawal withdrawal,
        @JsonInclude(JsonInclude.Include.NON_NULL) Draft draft,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Invitation> invitations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EvidenceCharts.Chart> charts) {

    /** The same learning with the run charts of the shown snapshot's evidence. */
    LearningDetail withCharts(List<EvidenceCharts.Chart> drawn) {
        return new LearningDetail(learningId, teamId, teamName, regionId, focus, tier, version, publishedAt, snapshot,
                versions, endorsements, withdrawn, withdrawal, draft, invitations, erasedAt, erasedBy, drawn);
    }

    public record Version(int version, Tier tier, Instant publishedAt, Snapshot snapshot,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy) {
    }

    public record Endorsement(UUID stewardRegionId, Tier tier, String note, Instant endorsedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy) {
    }

    public record Invitation(UUID stewardRegionId, Tier tier, Instant invitedAt) {
    }

    public record Withdrawal(Instant withdrawnAt, String reason,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy) {
    }

    public record Draft(String title, String summary, String practice, String context, List<UUID> evidence,
                        UUID validates, String result, Instant revisedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy, int revision) {
    }
}
