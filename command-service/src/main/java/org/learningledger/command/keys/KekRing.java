package org.learningledger.command.keys;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;

/**
 * The key-encryption keys by version: the highest wraps new data keys, every one listed unwraps what
 * it wrapped. A data key is wrapped by AES-GCM with its item's key as associated data, so a wrapped
 * key copied to another row does not unwrap. Entries are {@code version:base64 of 32 bytes}.
 */
public final class KekRing {

    private static final Pattern ENTRY = Pattern.compile("([0-9]{1,9}):([A-Za-z0-9+/=_-]+)");

    private final NavigableMap<Integer, SecretKey> keys;

    private KekRing(NavigableMap<Integer, SecretKey> keys) {
        this.keys = Collections.unmodifiableNavigableMap(keys);
    }

    /** A wrapped data key and the KEK version that wrapped it. */
    public record Wrapped(int version, byte[] bytes) {
    }

    /** {@code value} as {@code ledger.keys.kek} has it: entries separated by commas. */
    public static KekRing fromSetting(String setting, String value) {
        List<String> entries = List.of(value.split(",", -1));
        return parse(entries, setting, "entry", false);
    }

    /** The lines of a key file: one entry a line; blank lines and {@code #} comments are skipped. */
    public static KekRing fromLines(String source, List<String> lines) {
        return parse(lines, source, "line", true);
    }

    private static KekRing parse(List<String> entries, String source, String unit, boolean comments) {
        NavigableMap<Integer, SecretKey> keys = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            String where = source + " " + unit + " " + (i + 1);
            if (comments && (entry.isEmpty() || entry.startsWith("#"))) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException(where + ": expected version:base64 (e.g. 1:<44 base64"
                        + " characters of a 32-byte key)" + (entry.isEmpty() ? ", found nothing" : ""));
            }
            int version = Integer.parseInt(m.group(1));
            if (version < 1) {
                throw new IllegalArgumentException(where + ": the version must be 1 or more");
            }
            if (keys.containsKey(version)) {
                throw new IllegalArgumentException(where + ": version " + version + " is listed twice");
            }
            keys.put(version, key(m.group(2), where));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(source + ": no key-encryption key in it");
        }
        return new KekRing(keys);
    }

    private static SecretKey key(String base64, String where) {
        byte[] raw;
        try {
            raw = (base64.contains("-") || base64.contains("_") ? Base64.getUrlDecoder() : Base64.getDecoder())
                    .decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": the key is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException(where + ": the key must be 32 bytes (AES-256), not " + raw.length);
        }
        return Aead.key(raw);
    }

    public int current() {
        return keys.lastKey();
    }

    public Set<Integer> versions() {
        return keys.keySet();
    }

    public Wrapped wrap(ContentItem item, SecretKey dataKey) {
        return new Wrapped(current(), Aead.encrypt(keys.lastEntry().getValue(), dataKey.getEncoded(), item.key()));
    }

    /** Throws {@link UnwrapFailed} when the version is not in the ring or the wrapped key does not open. */
    public SecretKey unwrap(ContentItem item, int version, byte[] wrapped) {
        SecretKey kek = keys.get(version);
        if (kek == null) {
            throw new UnwrapFailed(item, "key-encryption key version " + version + " is not configured"
                    + " (it wrapped this data key: keep it in ledger.keys.kek / ledger.keys.kek-file until a rewrap)");
        }
        try {
            return Aead.key(Aead.decrypt(kek, wrapped, item.key()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnwrapFailed(item, "the data key does not unwrap with key-encryption key version " + version
                    + " (altered, moved from another item, or the key file holds another key under that version)");
        }
    }

    /** A data key that cannot be unwrapped: fail closed, never read past it. */
    public static final class UnwrapFailed extends IllegalStateException {
        UnwrapFailed(ContentItem item, String why) {
            super("data key of " + item + ": " + why);
        }
    }
}
