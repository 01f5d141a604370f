package org.learningledger.events.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Receipt codes of confidential reports: 130 random bits in Crockford base32 (26 characters), shown in
 * groups of four, and the slow one-way hash the ledger keeps of them instead of the code or a reporter.
 * JDK crypto only ({@link SecureRandom}, PBKDF2WithHmacSHA256).
 */
public final class Receipts {

    /** Crockford's alphabet: no I, L, O or U, so a typed code is hard to misread. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 26;
    public static final String PREFIX = "pbkdf2-sha256$210000$";
    private static final int ITERATIONS = 210_000;
    private static final int BITS = 256;
    /** Fixed, so the hash is the lookup key; the code's 130 bits, not a salt, make guessing hopeless. */
    private static final byte[] SALT = "learning-ledger receipt v1".getBytes(StandardCharsets.US_ASCII);
    /** Far longer than any typed form of a code: anything longer is malformed without more work. */
    private static final int MAX_TYPED = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    /** A new code in canonical form (26 characters of the alphabet, 5 random bits each). */
    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical code as shown to the reporter: groups of four joined by dashes. */
    public static String shown(String canonical) {
        requireCanonical(canonical);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < LENGTH; i += 4) {
            shown.append(i == 0 ? "" : "-").append(canonical, i, Math.min(i + 4, LENGTH));
        }
        return shown.toString();
    }

    /**
     * The canonical code of a typed one, or empty when malformed: case does not matter, dashes and
     * white space are ignored, I and L read as 1 and O as 0.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The slow hash of a canonical code: {@value #PREFIX} and the base64 of PBKDF2 (210000 rounds, 256 bits). */
    public static String hash(String canonical) {
        requireCanonical(canonical);
        PBEKeySpec spec = new PBEKeySpec(canonical.toCharArray(), SALT, ITERATIONS, BITS);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return PREFIX + Base64.getEncoder().encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static void requireCanonical(String code) {
        if (code == null || !normalise(code).filter(code::equals).isPresent()) {
            throw new IllegalArgumentException("not a canonical receipt code");
        }
    }
}
