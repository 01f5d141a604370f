package org.learningledger.query.casereview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.learning.Tier;

/**
 * A case review as its participants and the region's reviewers see it: everything recorded, corrections
 * as addenda under what they correct. Texts are null once erased ({@code erasedAt}, {@code erasedBy} a role).
 * Of the experiments a finding led to, only how many, and the reader's own teams' ones: which other teams took it
 * up is theirs to publish.
 */
public record CaseReviewWorkspace(String view, UUID id, UUID regionId, CaseReviewKind kind, String title,
                                  String leadId, Instant openedAt, List<Participant> participants,
                                  List<Episode> chronology, List<Finding> findings, List<Issue> issues,
                                  List<Version> versions, Instant withdrawnAt, String withdrawalReason,
                                  Instant erasedAt, String erasedBy) {

    public record Participant(String userId, ParticipantRole role, Instant addedAt) {
    }

    public record Addendum(UUID addendumId, String text, String recordedBy, Instant recordedAt) {
    }

    public record Episode(UUID episodeId, LocalDate occurredOn, String whatHappened, String whyItMadeSense,
                          String recordedBy, Instant recordedAt, List<Addendum> addenda) {
    }

    /**
     * {@code cites}: the learnings the finding cites; {@code respondingExperiments}: how many experiments respond
     * to it (linked or based on it, see {@link FindingLinks}), {@code ownExperiments} those of the reader's teams.
     */
    public record Finding(UUID findingId, String text, Set<ContributoryFactor> factors, boolean goodPractice,
                          String recordedBy, Instant recordedAt, List<Addendum> addenda, int experimentsLinked,
                          List<UUID> cites, int respondingExperiments,
                          List<FindingLinks.OwnExperiment> ownExperiments) {
    }

    public record Issue(UUID issueId, String question, String raisedBy, Instant raisedAt, List<Addendum> addenda) {
    }

    /** A proposed version; {@code publishedAt} once a second reviewer approved it. */
    public record Version(int version, Tier tier, String proposedBy, Instant proposedAt, String approvedBy,
                         Instant publishedAt, CaseReviewSnapshot snapshot) {
    }
}
