package org.learningledger.query.reader;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token says the reader is, and what is recorded about them: teams, stewardships, reviews, analyst. */
@RestController
class MeController {

    private final Readers readers;

    MeController(Readers readers) {
        this.readers = readers;
    }

    @GetMapping("/api/me")
    Reader me(Authentication authentication) {
        return readers.of(authentication);
    }
}
