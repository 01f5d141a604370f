package org.learningledger.events.report;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.Erasure;

/**
 * A confidential report's texts were erased: what was reported, the {@code additionIds} added by its
 * receipt and the {@code replyIds} of its reviewers; its data key is deleted and it takes no new text.
 * Its kind, region, state and dates stay.
 */
public record ReportErased(UUID reportId, UUID regionId, List<UUID> additionIds, List<UUID> replyIds,
                           Erasure erasure) implements ReportEvent {

    public ReportErased {
        additionIds = additionIds == null ? List.of() : List.copyOf(additionIds);
        replyIds = replyIds == null ? List.of() : List.copyOf(replyIds);
    }

    @Override
    public <R> R handle(ReportEvent.Handler<R> handler) {
        return handler.reportErased(this);
    }
}
