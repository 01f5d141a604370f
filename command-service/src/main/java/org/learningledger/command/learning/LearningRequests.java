package org.learningledger.command.learning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.learningledger.command.erasure.StrictValues;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.learning.ValidationResult;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Request bodies of the learning API. */
final class LearningRequests {

    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 10_000;

    private LearningRequests() {
    }

    record Draft(UUID learningId,
                 @NotBlank @Size(max = SHORT_TEXT) String title,
                 @NotBlank @Size(max = LONG_TEXT) String summary,
                 @NotBlank @Size(max = LONG_TEXT) String practice,
                 @Size(max = LONG_TEXT) String context,
                 @Size(max = 50) List<@NotNull UUID> evidence,
                 UUID validates,
                 ValidationResult result) {

        /** A validation says which learning it tried and what it found, or neither. */
        @AssertTrue(message = "a result is needed with validates, and only with it")
        boolean isResult() {
            return (validates == null) == (result == null);
        }

        Content content() {
            return new Content(title, summary, practice, context, evidence, validates, result);
        }
    }

    record Publish(@NotNull Tier tier) {
    }

    record Withdraw(@NotBlank @Size(max = LONG_TEXT) String reason) {
    }

    record Endorse(@Size(max = LONG_TEXT) String note) {
    }

    record Invite(@NotNull Tier tier) {
    }

    /** What of a learning to erase: a revision of its draft (the default), the withdrawal's reason, a steward's note. */
    enum ErasedItem { REVISION, WITHDRAWAL_REASON, ENDORSEMENT_NOTE }

    static final class ItemName extends StrictValues.EnumName<ErasedItem> {
        ItemName() {
            super(ErasedItem.class);
        }
    }

    /**
     * Which revision of the draft to erase (the first draft is 1), or which note: the withdrawal's reason,
     * or the endorsement note of {@code stewardId}. The role rules are checked with the token.
     */
    record Erase(@JsonDeserialize(using = ItemName.class) ErasedItem item,
                 @Min(1) @Max(999_999_999) @JsonDeserialize(using = StrictValues.WholeNumber.class) Integer revision,
                 @Pattern(regexp = "[^\\s/]{1,200}") String stewardId,
                 @NotNull @JsonDeserialize(using = StrictValues.Reason.class) ErasureReason reason,
                 String reference) {

        ErasedItem erased() {
            return item == null ? ErasedItem.REVISION : item;
        }

        @AssertTrue(message = "only a REVISION erasure (the default) has a revision")
        boolean isRevision() {
            return erased() == ErasedItem.REVISION || revision == null;
        }

        @AssertTrue(message = "an ENDORSEMENT_NOTE erasure needs the stewardId, and only it")
        boolean isStewardId() {
            return (erased() == ErasedItem.ENDORSEMENT_NOTE) == (stewardId != null);
        }
    }
}
