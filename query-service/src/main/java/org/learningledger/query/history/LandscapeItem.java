package org.learningledger.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * One learning as the reader could see it at asOf: its latest visible version then, and its evidence
 * then; once that version was erased, no title and when ({@code erasedAt}) and by whom ({@code erasedBy}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandscapeItem(UUID learningId, UUID teamId, UUID regionId, String title, Tier tier, int version,
                            Instant publishedAt, UUID validates, String result, EvidenceStatus evidence,
                            Instant erasedAt, String erasedBy) {
}
