package org.learningledger.query.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What stewards said about one of the team's learnings, for its learnings page in one answer: the invitations
 * and endorsements the team sees on the learning's own page ({@link LearningDetail}), with the draft's title.
 *
 * @param erasedAt when the title's text (the draft) was erased, else absent
 * @param erasedBy TEAM or ADMINISTRATOR, with erasedAt
 */
public record LearningReceived(
        UUID learningId,
        String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy,
        List<LearningDetail.Invitation> invitations,
        List<LearningDetail.Endorsement> endorsements) {

    /** Null when the reader gets no draft (not the team's) or nothing was received. */
    static LearningReceived of(LearningDetail detail) {
        List<LearningDetail.Invitation> invited = detail.invitations() == null ? List.of() : detail.invitations();
        if (detail.draft() == null || invited.isEmpty() && detail.endorsements().isEmpty()) {
            return null;
        }
        return new LearningReceived(detail.learningId(), detail.draft().title(), detail.draft().erasedAt(),
                detail.draft().erasedBy(), invited, detail.endorsements());
    }
}
