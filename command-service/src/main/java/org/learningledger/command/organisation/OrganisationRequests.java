package org.learningledger.command.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of the administrative API. */
final class OrganisationRequests {

    static final String FOCUS = "[a-z0-9]+(-[a-z0-9]+)*";

    private OrganisationRequests() {
    }

    record Region(@NotNull UUID regionId, @NotBlank @Size(max = 200) String name) {
    }

    record Team(@NotNull UUID teamId, @NotNull UUID regionId, @NotBlank @Size(max = 200) String name,
                @NotBlank @Size(max = 60) @Pattern(regexp = FOCUS, message = "must be a lower-case slug like parental-conflict")
                String focus) {
    }

    record Person(@NotNull @Pattern(regexp = UserId.PATTERN, message = "must be an identity subject without spaces")
                  String userId) {
    }
}
