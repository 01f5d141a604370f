package org.learningledger.command.keys;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The key table for administrators: counts (never a key), and rewrapping under the current KEK version. */
@RestController
@PreAuthorize("hasRole('admin')")
class KeyAdminController {

    private final KeyRewrap keys;

    KeyAdminController(KeyRewrap keys) {
        this.keys = keys;
    }

    @GetMapping("/api/admin/keys")
    Map<String, Object> status() {
        return keys.status();
    }

    @PostMapping("/api/admin/keys/rewrap")
    Map<String, Object> rewrap() {
        return keys.rewrap();
    }
}
