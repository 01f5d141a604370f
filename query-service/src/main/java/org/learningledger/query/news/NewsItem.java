package org.learningledger.query.news;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to a reader's team's work, as the reader may already see it elsewhere (the learning's
 * page, its timeline, the challenges): {@code endorsed} and {@code invited} (by the steward of {@code regionId}),
 * {@code tried} (another team published what it found trying the learning: {@code byTeamName}, {@code result},
 * and {@code byLearningId} where the reader sees that learning in full), {@code answered} (a challenge the team
 * raised: {@code answer}, its rationale as {@code note}). Texts are null once erased; absent fields are left out.
 *
 * @param teamId the reader's team whose learning or challenge it concerns
 * @param tier of the endorsement or validation; of an invitation, the tier the team is invited to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsItem(String kind, Instant at, UUID teamId, String teamName, UUID learningId, String learningTitle,
                       UUID challengeId, String challengeTarget, UUID regionId, String regionName, String tier,
                       String note, String answer, UUID byTeamId, String byTeamName, UUID byLearningId,
                       String byLearningTitle, String result) {
}
