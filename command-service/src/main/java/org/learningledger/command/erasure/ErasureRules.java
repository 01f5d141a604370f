package org.learningledger.command.erasure;

import java.util.regex.Pattern;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;

/**
 * Who may erase, on what grounds, as pure decisions: a member of the owning team (of a report or lesson:
 * a learning reviewer of its region) for
 * {@code IDENTIFYING_DETAILS} or {@code ENTERED_IN_ERROR} (no reference), or an administrator (the
 * token's admin role) on a {@code DATA_SUBJECT_REQUEST} with its reference. Anyone else is told the
 * record does not exist. The reason decides in which capacity the actor erases: an administrator who
 * gives a team's reason erases as a member, and must be one.
 */
public final class ErasureRules {

    /** A request reference: letters, digits and {@code / . _ -}, up to 64 characters. */
    public static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9/._-]{0,63}";
    private static final Pattern VALID_REFERENCE = Pattern.compile(REFERENCE);

    private ErasureRules() {
    }

    /** The erasure a request asks for, or a refusal naming the field and rule (400); decided before dispatch. */
    public static Erasure erasure(UserId actor, boolean administrator, ErasureReason reason, String reference) {
        return erasure(actor, administrator, reason, reference, ErasedBy.TEAM);
    }

    /**
     * As {@link #erasure(UserId, boolean, ErasureReason, String)} for a report or lesson: its own reasons are
     * a learning reviewer's of the region, not a team's.
     */
    public static Erasure reviewerErasure(UserId actor, boolean administrator, ErasureReason reason,
                                          String reference) {
        return erasure(actor, administrator, reason, reference, ErasedBy.REVIEWER);
    }

    /** {@code owner}: who erases on the item's own reasons (a mistake, identifying details), TEAM or REVIEWER. */
    private static Erasure erasure(UserId actor, boolean administrator, ErasureReason reason, String reference,
                                   ErasedBy owner) {
        String whose = owner == ErasedBy.REVIEWER ? "a reviewer's erasure" : "a team's erasure";
        if (reason == null) {
            throw new FieldRuleViolation("reason", "required", "must be one of IDENTIFYING_DETAILS, "
                    + "ENTERED_IN_ERROR (" + whose + ") or DATA_SUBJECT_REQUEST (an administrator's)");
        }
        if (reason != ErasureReason.DATA_SUBJECT_REQUEST) {
            if (reference != null) {
                throw new FieldRuleViolation("reference", "only-on-data-subject-request",
                        "must be absent: only an administrator's erasure on a data-subject request has a reference");
            }
            return new Erasure(actor.value(), owner, reason, null);
        }
        if (!administrator) {
            throw new FieldRuleViolation("reason", "administrator-reason",
                    "must be IDENTIFYING_DETAILS or ENTERED_IN_ERROR: DATA_SUBJECT_REQUEST is an administrator's");
        }
        if (reference == null) {
            throw new FieldRuleViolation("reference", "required",
                    "must name the data-subject request (letters, digits and / . _ -, up to 64)");
        }
        if (!VALID_REFERENCE.matcher(reference).matches()) {
            throw new FieldRuleViolation("reference", "reference",
                    "must be letters, digits and / . _ - (starting with a letter or digit), up to 64 characters");
        }
        return new Erasure(actor.value(), ErasedBy.ADMINISTRATOR, reason, reference);
    }

    /**
     * A team's erasure is for a member of the owning team; to anyone else the record is not there (404).
     * An administrator's erasure (the role was checked when the erasure was built) needs no membership.
     */
    public static void mayErase(Erasure erasure, Memberships memberships, TeamId owner) {
        if (erasure.role() != ErasedBy.ADMINISTRATOR) {
            memberships.requireSeesPrivateWorkOf(owner);
        }
    }

    /**
     * A reviewer's erasure of a report or lesson is for a reviewer of its region; to anyone else it is not
     * there (404). An administrator's erasure on a data-subject request needs no reviewership.
     */
    public static void mayErase(Erasure erasure, Reviewerships reviewerships, RegionId region) {
        if (erasure.role() != ErasedBy.ADMINISTRATOR) {
            reviewerships.requireReviews(region);
        }
    }

    public static void notErasedYet(boolean erased) {
        if (erased) {
            throw new RuleViolation("already-erased", "This item has already been erased.");
        }
    }

    /** Content stored in clear before encryption has no key to delete: it is encrypted first. */
    public static void encrypted(boolean hasKey) {
        if (!hasKey) {
            throw new RuleViolation("not-encrypted-yet", "This item was stored before encryption and has no key "
                    + "to erase yet; an operator encrypts stored content first (infra/ledger migrate).");
        }
    }
}
