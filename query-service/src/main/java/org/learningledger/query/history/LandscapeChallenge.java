package org.learningledger.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * A challenge as the reader could see it at asOf: raised by then at a tier they see, with the standing answer
 * if it was given by then. {@code kind} is always {@code challenge}; the team, never the person, that raised
 * it (none when a steward did). Once erased: no texts, and when and by whom ({@code erasedBy}, a role).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandscapeChallenge(String kind, UUID challengeId, UUID regionId, UUID teamId, Tier tier, String target,
                                 String perverseEffect, Instant raisedAt, String answer, Instant answeredAt,
                                 Instant erasedAt, String erasedBy) {
}
