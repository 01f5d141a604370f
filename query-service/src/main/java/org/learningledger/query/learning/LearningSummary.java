package org.learningledger.query.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * One learning in a list, as this reader sees it: for the owning team its draft's title and its
 * withdrawal flag; for anyone else the title of the latest version they may see, and no flag.
 *
 * @param version the latest version the reader sees (null for a draft never published)
 * @param endorsements how many endorsements the reader sees
 * @param erasedAt when the text the title comes from (the draft, or the version shown) was erased, else absent
 * @param erasedBy TEAM, STEWARD or ADMINISTRATOR, with erasedAt
 */
public record LearningSummary(
        UUID learningId,
        UUID teamId,
        String teamName,
        UUID regionId,
        String focus,
        String title,
        Tier tier,
        Integer version,
        Instant publishedAt,
        int endorsements,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean withdrawn,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy) {
}
