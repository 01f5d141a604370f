package org.learningledger.command.lesson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/** Request bodies of the lesson API; Bean Validation names the field and rule of every refusal. */
final class LessonRequests {

    private LessonRequests() {
    }

    record Draft(@NotNull UUID lessonId, @NotBlank @Size(max = 200) String title,
                 @NotBlank @Size(max = 2_000) String summary, @NotBlank @Size(max = 10_000) String practice,
                 @NotNull Tier tier) {
    }
}
