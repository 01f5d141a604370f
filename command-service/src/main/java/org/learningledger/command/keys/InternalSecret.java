package org.learningledger.command.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret the query service presents to fetch data keys: {@code ledger.keys.internal-secret}
 * (env {@code LEDGER_INTERNAL_SECRET}) or {@code ledger.keys.internal-secret-file} (env
 * {@code LEDGER_INTERNAL_SECRET_FILE}, read at start-up). None configured: the endpoint answers 503.
 * Compared in constant time, over SHA-256 digests so not even the length shows.
 */
@Component
class InternalSecret {

    static final String SECRET = "ledger.keys.internal-secret";
    static final String SECRET_FILE = "ledger.keys.internal-secret-file";
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> digest;

    InternalSecret(@Value("${" + SECRET + ":}") String inline, @Value("${" + SECRET_FILE + ":}") String file) {
        String secret = inline.strip();
        if (secret.isEmpty() && !file.isBlank()) {
            try {
                secret = Files.readString(Path.of(file.strip())).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(SECRET_FILE + " " + file.strip() + " cannot be read: " + e.getMessage(), e);
            }
        }
        this.digest = secret.isEmpty() ? Optional.empty() : Optional.of(sha256(secret));
    }

    boolean configured() {
        return digest.isPresent();
    }

    /** Whether the Authorization header is {@code Bearer <the secret>}. */
    boolean admits(String authorization) {
        if (digest.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(digest.get(), sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
