package org.learningledger.command;

import java.util.UUID;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.learning.LearningEvent;

/**
 * Another kind of record found under an experiment's or learning's id (ids are client-chosen). Only
 * who may see that record hears that the id is taken ({@link IdTaken}, 409); for anyone else it is
 * as if nothing were there (404). Organisation records are public, so their ids answer 409 to all.
 */
public record OtherRecord(UUID owningTeam) {

    public static OtherRecord of(DomainEvent event) {
        return new OtherRecord(event instanceof ExperimentEvent e ? e.teamId()
                : event instanceof LearningEvent e ? e.teamId() : null);
    }

    /** Throws the answer for this actor: always, since the id is not free. */
    public RuntimeException refusal(Memberships memberships) {
        return owningTeam == null || memberships.isMemberOf(new TeamId(owningTeam))
                ? IdTaken.byAnotherRecord() : new NotFound();
    }
}
