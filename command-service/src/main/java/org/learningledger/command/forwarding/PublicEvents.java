package org.learningledger.command.forwarding;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.PublicEventType;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.events.organisation.OrganisationEvent;
import org.learningledger.events.report.ReportEvent;

/**
 * Decides what of a stored event every reader may see, as a versioned CloudEvent for
 * {@code ledger.published}, a topic compacted by learning id: a national publication or a national
 * endorsement yields the learning's whole public state ({@link PublicState}: its snapshot, which
 * carries a validation's link and result, and its national endorsements), a withdrawal of what was
 * national yields the bare fact, an erasure of national versions the state without them (nothing when
 * the learning was withdrawn: its latest record already is the bare fact). Everything else, above all drafts, experiments and region-only
 * content, yields nothing. Each learning event is decided by name ({@link LearningEvent.Handler}),
 * so a new event fails the build here until someone decides whether it is public.
 */
final class PublicEvents {

    private final URI schemaBase;

    /** {@code schemaBase} is where the ledger serves the public JSON Schemas, ending in a slash. */
    PublicEvents(URI schemaBase) {
        this.schemaBase = schemaBase;
    }

    /** {@code history} gives the learning's stored events, when its state is needed. */
    Optional<CloudEvent> of(EventMessage<?> message, LearningHistory history) {
        Object payload = message.getPayload();
        if (payload instanceof LearningEvent event) {
            return event.handle(new Decision(message, history));
        }
        if (payload instanceof ExperimentEvent || payload instanceof OrganisationEvent) {
            return Optional.empty(); // team-private work and administration never leave the ledger
        }
        if (payload instanceof ReportEvent || payload instanceof LessonEvent) {
            // a report never leaves; an approved lesson has no public record type yet (readers see it in the ledger)
            return Optional.empty();
        }
        if (payload instanceof CaseReviewEvent || payload instanceof ChallengeEvent) {
            // no public record type yet for a national case-review snapshot or challenge: read in the ledger
            return Optional.empty();
        }
        throw new IllegalStateException("No public decision for " + payload.getClass().getName());
    }

    private final class Decision implements LearningEvent.Handler<Optional<CloudEvent>> {

        private final EventMessage<?> message;
        private final LearningHistory history;

        Decision(EventMessage<?> message, LearningHistory history) {
            this.message = message;
            this.history = history;
        }

        @Override
        public Optional<CloudEvent> learningPublished(LearningPublished e) {
            return e.tier() != Tier.NATION ? Optional.empty() : state(e);
        }

        @Override
        public Optional<CloudEvent> learningEndorsed(LearningEndorsed e) {
            return e.tier() != Tier.NATION ? Optional.empty() : state(e);
        }

        /** The learning's state as of this event (see {@link PublicState} for a later withdrawal). */
        private Optional<CloudEvent> state(LearningEvent e) {
            if (!(message instanceof DomainEventMessage<?> stored)) {
                throw new IllegalStateException("A learning event without its aggregate sequence: " + message);
            }
            return PublicState.of(history.of(stored.getAggregateIdentifier()), stored.getSequenceNumber()).data()
                    .flatMap(data -> build(PublicEventType.LEARNING_STATE_V1, e, data));
        }

        @Override
        public Optional<CloudEvent> learningWithdrawn(LearningWithdrawn e) {
            // the fact of the withdrawal, never its reason or any content
            return e.tier() != Tier.NATION ? Optional.empty()
                    : build(PublicEventType.LEARNING_WITHDRAWN_V1, e, ordered("learningId", e.learningId()));
        }

        @Override
        public Optional<CloudEvent> learningDrafted(LearningDrafted e) {
            return Optional.empty();
        }

        @Override
        public Optional<CloudEvent> learningRevised(LearningRevised e) {
            return Optional.empty();
        }

        /**
         * Erased national versions: the current public state again, without them, so that the latest
         * record of the learning holds none of their content. A current publication among them was
         * withdrawn just before (the latest record is then the content-free withdrawal), so the state is
         * empty and nothing more is sent; nor is anything when no national version was erased.
         */
        @Override
        public Optional<CloudEvent> learningRevisionErased(LearningRevisionErased e) {
            if (e.versions().isEmpty()) {
                return Optional.empty();
            }
            boolean national = history.of(e.learningId().toString()).stream()
                    .map(DomainEventMessage::getPayload)
                    .anyMatch(p -> p instanceof LearningPublished published && published.tier() == Tier.NATION
                            && e.versions().contains(published.version()));
            return national ? state(e) : Optional.empty();
        }

        /**
         * An erased national endorsement note: the current public state again, the endorsement in it
         * without its note. A withdrawal's reason never left the ledger, nor did a regional note.
         */
        @Override
        public Optional<CloudEvent> learningNoteErased(LearningNoteErased e) {
            return e.kind() == NoteKind.ENDORSEMENT_NOTE && e.tier() == Tier.NATION ? state(e) : Optional.empty();
        }

        @Override
        public Optional<CloudEvent> teamInvitedToPublish(TeamInvitedToPublish e) {
            return Optional.empty(); // a steward's invitation is between the steward and the team
        }

        private Optional<CloudEvent> build(PublicEventType type, LearningEvent event, Map<String, Object> data) {
            return Optional.of(CloudEventBuilder.v1().withId(message.getIdentifier())
                    .withSource(URI.create(PublicEventType.SOURCE)).withType(type.type())
                    .withDataSchema(schemaBase.resolve(type.schemaFile()))
                    .withSubject(event.learningId().toString())
                    .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(LedgerJson.mapper().writeValueAsBytes(data)).build());
        }
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
