package org.learningledger.events.casereview;

import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A key episode of the chronology: what happened on that day and why it made sense to the people at
 * the time. The chronology is never published.
 */
public record EpisodeRecorded(UUID caseReviewId, UUID regionId, UUID episodeId, LocalDate occurredOn,
                              @Personal String whatHappened, @Personal String whyItMadeSense,
                              @NotPersonal(OrganisationEvent.ACCOUNT) String recordedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.episodeRecorded(this);
    }
}
