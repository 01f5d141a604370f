package org.learningledger.events.casereview;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.Erasure;

/**
 * Every text of the case review was erased (title, chronology, findings, issues, addenda, every
 * proposed and published version, the withdrawal's reason; {@code itemIds} lists its episodes,
 * findings, issues and addenda): its data key is deleted and it takes no new content.
 */
public record CaseReviewErased(UUID caseReviewId, UUID regionId, List<UUID> itemIds, Erasure erasure)
        implements CaseReviewEvent {

    public CaseReviewErased {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.erased(this);
    }
}
