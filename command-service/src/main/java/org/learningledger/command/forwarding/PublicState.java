package org.learningledger.command.forwarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Tier;

/**
 * What every reader may see of one learning as of one of its events: the latest national snapshot
 * and the endorsements made while it was national. Because the public topic is compacted by
 * learning id, each record must carry all of it: the latest one is all a late subscriber gets. A
 * learning withdrawn at any point of its stored history has no public state, even as of an earlier
 * event: a forwarder that lags behind or replays never sends withdrawn content again. Likewise a
 * version erased at any point is no part of any state: the latest other national snapshot stands; an
 * endorsement whose note was erased at any point is in it without its note.
 */
final class PublicState {

    private LearningPublished publication;
    private final List<Map<String, Object>> endorsements = new ArrayList<>();
    private final Set<Integer> erasedVersions = new HashSet<>();
    private final Set<String> erasedNotes = new HashSet<>();
    private boolean withdrawn;

    /** The state as of sequence number {@code asOf}, from the learning's whole stored history. */
    static PublicState of(List<? extends DomainEventMessage<?>> history, long asOf) {
        PublicState state = new PublicState();
        for (DomainEventMessage<?> event : history) {
            if (event.getPayload() instanceof LearningRevisionErased e) {
                state.erasedVersions.addAll(e.versions());
            } else if (event.getPayload() instanceof LearningNoteErased e && e.kind() == NoteKind.ENDORSEMENT_NOTE) {
                state.erasedNotes.add(e.stewardId());
            }
        }
        for (DomainEventMessage<?> event : history) {
            if (event.getSequenceNumber() <= asOf) {
                state.apply(event);
            } else if (event.getPayload() instanceof LearningWithdrawn) {
                state.withdrawn = true;
            }
        }
        return state;
    }

    private void apply(EventMessage<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof LearningPublished e && e.tier() == Tier.NATION
                && !erasedVersions.contains(e.version())) {
            publication = e;
        } else if (payload instanceof LearningEndorsed e && e.tier() == Tier.NATION) {
            Map<String, Object> endorsement = new LinkedHashMap<>();
            endorsement.put("stewardRegionId", e.stewardRegionId());
            endorsement.put("note", erasedNotes.contains(e.stewardId()) ? null : e.note());
            endorsement.put("time", message.getTimestamp().toString());
            endorsements.add(endorsement);
        } else if (payload instanceof LearningWithdrawn) {
            withdrawn = true;
        }
    }

    /** The data of a state record, or empty when nothing of the learning is public. */
    Optional<Map<String, Object>> data() {
        if (withdrawn || publication == null) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learningId", publication.learningId());
        data.put("teamId", publication.teamId());
        data.put("regionId", publication.regionId());
        data.put("version", publication.version());
        data.put("tier", publication.tier());
        data.put("snapshot", PublicSnapshot.of(publication.snapshot())); // the v1 shape: no measures
        data.put("endorsements", List.copyOf(endorsements));
        return Optional.of(data);
    }
}
