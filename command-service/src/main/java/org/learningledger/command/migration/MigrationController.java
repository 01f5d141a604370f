package org.learningledger.command.migration;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator encrypts what an earlier release stored in clear, and follows the progress. */
@RestController
@RequestMapping("/api/admin/migrations/encryption")
@PreAuthorize("hasRole('admin')")
class MigrationController {

    private final EncryptionMigration migration;

    MigrationController(EncryptionMigration migration) {
        this.migration = migration;
    }

    @PostMapping
    ResponseEntity<MigrationStatus> start() {
        return ResponseEntity.accepted().location(URI.create("/api/admin/migrations/encryption"))
                .body(migration.start());
    }

    @GetMapping
    MigrationStatus status() {
        return migration.status();
    }
}
