package org.learningledger.infra;

import java.util.Base64;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import org.learningledger.events.content.Aead;

/**
 * A key-encryption key ring in the form of the contract: {@code version:base64 of 32 bytes}, one per line
 * (a key file, {@code #} comments allowed) or comma-separated (the {@code LEDGER_KEK} setting). The highest
 * version is current. Wrapping is AES-GCM under the KEK with the content item's key as associated data,
 * as the command service wraps its data keys.
 */
public record KekRing(NavigableMap<Integer, SecretKey> versions) {

    public KekRing {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a key ring needs at least one version:base64 entry");
        }
        versions = Collections.unmodifiableNavigableMap(new TreeMap<>(versions));
    }

    public static KekRing parse(String text) {
        NavigableMap<Integer, SecretKey> versions = new TreeMap<>();
        for (String entry : text.split("[,\\n]")) {
            String line = entry.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("a KEK entry is version:base64, not '" + line.replaceAll(":.*", ":…") + "'");
            }
            int version = Integer.parseInt(line.substring(0, colon).strip());
            if (versions.put(version, Aead.key(Base64.getDecoder().decode(line.substring(colon + 1).strip()))) != null) {
                throw new IllegalArgumentException("KEK version " + version + " is listed twice");
            }
        }
        return new KekRing(versions);
    }

    public int current() {
        return versions.lastKey();
    }

    /** A raw data key wrapped under the current version, bound to its item. */
    public byte[] wrap(String item, byte[] rawDataKey) {
        return Aead.encrypt(versions.get(current()), rawDataKey, item);
    }
}
