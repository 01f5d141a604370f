package org.learningledger.query.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The secret the query side shows the command service's internal endpoint: {@code ledger.keys.internal-secret}
 * ({@code LEDGER_INTERNAL_SECRET}) or else the file {@code ledger.keys.internal-secret-file}
 * ({@code LEDGER_INTERNAL_SECRET_FILE}), read when asked (so a file written after start-up is found).
 */
record InternalSecret(String value, String file) {

    String get() {
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        if (file != null && !file.isBlank()) {
            try {
                String read = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
                if (!read.isEmpty()) {
                    return read;
                }
            } catch (IOException e) {
                throw new KeyServiceUnavailableException("cannot read the internal secret file " + file
                        + " (ledger.keys.internal-secret-file): " + e.getMessage(), e);
            }
        }
        throw new KeyServiceUnavailableException("no internal secret for the command service's key endpoint: set "
                + "ledger.keys.internal-secret (LEDGER_INTERNAL_SECRET) or ledger.keys.internal-secret-file "
                + "(LEDGER_INTERNAL_SECRET_FILE)");
    }
}
