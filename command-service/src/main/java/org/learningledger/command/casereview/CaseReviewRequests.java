package org.learningledger.command.casereview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.learning.Tier;

/**
 * Request bodies of the case-review API; Bean Validation names the field and rule of every refusal. The
 * factors are checked by the aggregate (400 {@code at-least-one}, as every field rule of the recorded facts).
 */
final class CaseReviewRequests {

    static final int SHORT_TEXT = 2_000;
    static final int LONG_TEXT = 10_000;

    private CaseReviewRequests() {
    }

    record Open(@NotNull UUID caseReviewId, @NotNull CaseReviewKind kind, @NotBlank @Size(max = 200) String title) {
    }

    record Participant(@NotNull @Pattern(regexp = UserId.PATTERN) String userId, @NotNull ParticipantRole role) {
    }

    record Episode(@NotNull UUID episodeId, @NotNull LocalDate occurredOn,
                   @NotBlank @Size(max = LONG_TEXT) String whatHappened,
                   @NotBlank @Size(max = LONG_TEXT) String whyItMadeSense) {
    }

    record Finding(@NotNull UUID findingId, @NotBlank @Size(max = LONG_TEXT) String text,
                   Set<@NotNull ContributoryFactor> factors, boolean goodPractice) {
    }

    record Issue(@NotNull UUID issueId, @NotBlank @Size(max = SHORT_TEXT) String question) {
    }

    record Addendum(@NotNull UUID addendumId, @NotNull UUID refersTo, @NotBlank @Size(max = LONG_TEXT) String text) {
    }

    record Link(@NotNull UUID experimentId) {
    }

    record Cite(@NotNull UUID learningId) {
    }

    record Proposal(@NotNull Tier tier) {
    }

    record Withdrawal(@NotBlank @Size(max = SHORT_TEXT) String reason) {
    }
}
