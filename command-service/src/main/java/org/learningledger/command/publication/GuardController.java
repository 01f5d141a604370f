package org.learningledger.command.publication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/guard/findings {texts: {field: text}}}: what the de-identification guard finds in texts
 * being typed, so the interface can say it before anything is saved. Nothing is recorded or logged; the
 * answer is the warnings a save would give, with the same field names, positions and rules.
 */
@RestController
class GuardController {

    /** At most 20 texts of 20,000 characters: a form's fields, not a document store. */
    record Texts(@NotNull @Size(max = 20) Map<@NotNull @Size(min = 1, max = 60) String, @Size(max = 20_000) String> texts) {
    }

    @PostMapping("/api/guard/findings")
    Map<String, List<Finding>> findings(@Valid @RequestBody Texts body) {
        return Map.of("findings", DeidentificationGuard.warnings(body.texts())); // a null text has no findings
    }
}
