package org.learningledger.command.erasure;

import jakarta.validation.constraints.NotNull;
import org.learningledger.events.content.ErasureReason;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of an erasure of a whole record (a report, a lesson): why, and an administrator's request
 * reference, as a learning's erasure asks. {@link ErasureRules} decides the rest with the token's role.
 */
public record WholeErasure(@NotNull @JsonDeserialize(using = StrictValues.Reason.class) ErasureReason reason,
                           String reference) {
}
