package org.learningledger.command.learning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.NotFound;
import org.learningledger.command.OtherRecord;
import org.learningledger.events.DomainEvent;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.learning.LearningCommands.DraftLearning;
import org.learningledger.command.learning.LearningCommands.EndorseLearning;
import org.learningledger.command.learning.LearningCommands.EraseNote;
import org.learningledger.command.learning.LearningCommands.EraseRevision;
import org.learningledger.command.learning.LearningCommands.InviteToPublish;
import org.learningledger.command.learning.LearningCommands.Preview;
import org.learningledger.command.learning.LearningCommands.PreviewPublication;
import org.learningledger.command.learning.LearningCommands.PublishLearning;
import org.learningledger.command.learning.LearningCommands.ReviseLearning;
import org.learningledger.command.learning.LearningCommands.WithdrawLearning;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;

/**
 * A team's learning: a private draft that the team alone may publish, as numbered snapshot
 * versions, to tiers that only widen; withdrawn by the team; endorsed by stewards who can see it.
 * To an actor who may not see it, it is not there (404): only those who see it hear 403 or 409.
 * It decides on its state and the facts each command brings, never on a query of its own. An erased
 * revision's text is blanked in its state as it loads blank (its key is gone), so a cached aggregate
 * decides as a reloaded one does.
 */
@Aggregate(cache = "learningCache")
public class Learning {

    @AggregateIdentifier
    private UUID id;
    private UUID teamId;
    private Content draft;
    private boolean changedSincePublished;
    private int version;
    private final LearningVersions versions = new LearningVersions();
    /** The current draft's revision was erased: nothing to publish until the team revises. */
    private boolean draftErased;
    private Instant lastErasedAt;
    private Tier tier;
    private UUID regionId;
    private boolean withdrawn;
    private final LearningNotes notes = new LearningNotes();
    private final StewardActs stewardActs = new StewardActs();
    private OtherRecord otherRecord;

    protected Learning() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftLearning command) {
        command.memberships().requireMemberOf(command.teamId());
        notAnotherRecord(command.memberships());
        if (id != null) {
            sees(command.memberships(), command.stewardships());
            if (!teamId.equals(command.teamId().value()) || !draft.equals(command.content())) {
                throw new RuleViolation("id-already-used", "A learning with this id already exists with other content.");
            }
            return;
        }
        LearningRules.content(command.teamId(), command.learningId().value(), command.content(), command.memberships(),
                command.citations());
        apply(command.content().drafted(command.learningId().value(), command.teamId().value()));
    }

    @CommandHandler
    void handle(ReviseLearning command) {
        sees(command.memberships(), command.stewardships());
        command.memberships().requireMemberOf(owner());
        LearningRules.notWithdrawn(withdrawn);
        if (draft.equals(command.content())) {
            return;
        }
        LearningRules.content(owner(), id, command.content(), command.memberships(), command.citations());
        apply(command.content().revised(id, teamId, versions.revisions() + 1));
    }

    /** Returns the published version: a retry of an unchanged publication answers the same version. */
    @CommandHandler
    int handle(PublishLearning command) {
        mayPublish(command.memberships(), command.stewardships(), command.tier());
        if (!changedSincePublished && command.tier() == tier) {
            return version;
        }
        Snapshot snapshot = checkedSnapshot(command.evidence());
        UUID region = command.memberships().regionOf(owner()).value();
        apply(new LearningPublished(id, teamId, region, version + 1, command.tier(), snapshot));
        return version;
    }

    /**
     * What a publication at the tier would carry, decided as publishing would (the same checks and the guard),
     * and whether it would be the first at that tier or wider: nothing is applied.
     */
    @CommandHandler
    Preview handle(PreviewPublication command) {
        mayPublish(command.memberships(), command.stewardships(), command.tier());
        return new Preview(checkedSnapshot(command.evidence()), command.memberships().regionOf(owner()).value(),
                tier != command.tier(), changedSincePublished);
    }

    /** What publishing and its preview both require: a member of the owning team, a live draft, a tier that widens. */
    private void mayPublish(Memberships memberships, Stewardships stewardships, Tier requested) {
        sees(memberships, stewardships);
        memberships.requireMemberOf(owner());
        LearningRules.notWithdrawn(withdrawn);
        LearningRules.draftNotErased(draftErased);
        LearningRules.mayPublishAt(tier, requested);
    }

    private Snapshot checkedSnapshot(TeamEvidence evidence) {
        Snapshot snapshot = draft.snapshot(evidence.of(draft.evidence()));
        DeidentificationGuard.check(snapshot);
        return snapshot;
    }

    @CommandHandler
    void handle(WithdrawLearning command) {
        sees(command.memberships(), command.stewardships());
        command.memberships().requireMemberOf(owner());
        LearningRules.published(tier);
        LearningRules.notWithdrawn(withdrawn);
        apply(new LearningWithdrawn(id, teamId, regionId, tier, command.reason()));
    }

    /** True when it endorsed; false when this steward had endorsed it already (idempotent: nothing appended). */
    @CommandHandler
    boolean handle(EndorseLearning command) {
        sees(command.memberships(), command.stewardships());
        return applied(stewardActs.endorse(sharing(), notes, command));
    }

    /** True when it invited; false when this steward had invited the team to that tier already. */
    @CommandHandler
    boolean handle(InviteToPublish command) {
        sees(command.memberships(), command.stewardships());
        return applied(stewardActs.invite(sharing(), command));
    }

    /**
     * Erases one revision of the draft and the versions published from it; the current publication
     * among them is withdrawn first, so that no reader outside the team keeps it. Returns when.
     */
    @CommandHandler
    Instant handle(EraseRevision command) {
        notAnotherRecord(command.memberships());
        ErasureRules.mayErase(command.erasure(), command.memberships(), owner());
        versions.erase(sharing(), version, command).forEach(AggregateLifecycle::apply);
        return lastErasedAt;
    }

    /**
     * Erases the withdrawal's reason (the team, or an administrator on a request) or a steward's
     * endorsement note (that steward, even once the learning is out of their sight, or an administrator
     * on a request). To anyone else the learning is not there. Returns when.
     */
    @CommandHandler
    Instant handle(EraseNote command) {
        notAnotherRecord(command.memberships());
        Erasure erasure = command.erasure();
        if (command.kind() == NoteKind.WITHDRAWAL_REASON) {
            ErasureRules.mayErase(erasure, command.memberships(), owner());
        } else if (erasure.role() != Erasure.ErasedBy.ADMINISTRATOR) {
            if (!command.actor().value().equals(command.stewardId())) {
                throw new NotFound();
            }
            if (!notes.endorsedBy(command.stewardId())) {
                sees(command.memberships(), command.stewardships());
            }
            erasure = new Erasure(erasure.erasedBy(), Erasure.ErasedBy.STEWARD, erasure.reason(), null);
        }
        apply(notes.erase(id, teamId, command.kind(), command.stewardId(), command.encrypted(), erasure));
        return lastErasedAt;
    }

    /** Who may not see this learning is told it does not exist; the other refusals are for those who do. */
    private void sees(Memberships memberships, Stewardships stewardships) {
        notAnotherRecord(memberships);
        if (!LearningRules.sees(memberships, stewardships, owner(), tier, regionId, withdrawn)) {
            throw new NotFound();
        }
    }

    private void notAnotherRecord(Memberships memberships) {
        if (otherRecord != null) {
            throw otherRecord.refusal(memberships);
        }
    }

    private Sharing sharing() {
        return new Sharing(id, teamId, regionId, tier, withdrawn);
    }

    private static boolean applied(Optional<?> event) {
        event.ifPresent(AggregateLifecycle::apply);
        return event.isPresent();
    }

    private TeamId owner() {
        return new TeamId(teamId);
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link OtherRecord}. */
    @EventSourcingHandler
    void on(DomainEvent event, @SourceId String aggregate) {
        id = UUID.fromString(aggregate); // Axon needs an identifier after the first event
        otherRecord = OtherRecord.of(event);
    }

    @EventSourcingHandler
    void on(LearningDrafted e) {
        id = e.learningId();
        teamId = e.teamId();
        draft = Content.of(e);
        changedSincePublished = true;
        versions.revised();
    }

    @EventSourcingHandler
    void on(LearningRevised e) {
        versions.revised();
        draftErased = false;
        draft = Content.of(e);
        changedSincePublished = true;
    }

    @EventSourcingHandler
    void on(LearningPublished e) {
        versions.published(e.version(), e.tier());
        version = e.version();
        tier = e.tier();
        regionId = e.regionId();
        changedSincePublished = false;
    }

    @EventSourcingHandler
    void on(LearningWithdrawn e) {
        withdrawn = true;
        notes.withdrawn(e);
    }

    @EventSourcingHandler
    void on(LearningNoteErased e, @Timestamp Instant at) {
        notes.erased(e);
        lastErasedAt = at;
    }

    @EventSourcingHandler
    void on(LearningRevisionErased e, @Timestamp Instant at) {
        versions.erased(e.revision());
        if (versions.isCurrent(e.revision())) {
            draftErased = true;
            draft = draft.blanked();
        }
        lastErasedAt = at;
    }

    @EventSourcingHandler
    void on(LearningEndorsed e) {
        notes.endorsed(e);
    }

    @EventSourcingHandler
    void on(TeamInvitedToPublish e) {
        stewardActs.invited(e);
    }
}
