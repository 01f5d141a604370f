package org.learningledger.command.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.learning.Tier;

/** Request bodies of the challenge API; Bean Validation names the field and rule of every refusal. */
final class ChallengeRequests {

    static final int SHORT_TEXT = 2_000;
    static final int LONG_TEXT = 10_000;

    private ChallengeRequests() {
    }

    record Raise(@NotNull UUID challengeId, @NotNull Tier tier, @NotBlank @Size(max = SHORT_TEXT) String target,
                 @NotBlank @Size(max = LONG_TEXT) String perverseEffect,
                 @Size(max = 50) List<@NotNull UUID> evidence) {

        List<UUID> cited() {
            return evidence == null ? List.of() : evidence;
        }
    }

    record Answer(@NotNull ChallengeAnswer answer, @NotBlank @Size(max = LONG_TEXT) String rationale,
                  @NotNull LocalDate outcomeReviewOn) {
    }

    record Outcome(@NotBlank @Size(max = LONG_TEXT) String outcome) {
    }
}
