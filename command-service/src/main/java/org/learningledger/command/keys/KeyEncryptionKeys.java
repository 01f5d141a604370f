package org.learningledger.command.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The KEK ring from {@code ledger.keys.kek} (env {@code LEDGER_KEK}) or {@code ledger.keys.kek-file}
 * (env {@code LEDGER_KEK_FILE}), read at start-up: without one the service refuses to start, since it
 * could neither seal new content nor open stored content. The file is read again on {@link #reload()}
 * (the admin rewrap), so a new version can be added without a restart, and, since another instance may
 * have been the one told to rewrap, whenever the file changed (looked at at most once a second) and when a
 * data key names a version this ring lacks.
 */
@Component
public class KeyEncryptionKeys {

    static final String KEK = "ledger.keys.kek";
    static final String KEK_FILE = "ledger.keys.kek-file";

    private final String inline;
    private final String file;
    private final AtomicReference<KekRing> ring = new AtomicReference<>();
    private static final long LOOK_EVERY_NANOS = 1_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKeys.class);
    private volatile long lastLook = System.nanoTime();
    private volatile long lastModified;

    KeyEncryptionKeys(@Value("${" + KEK + ":}") String inline, @Value("${" + KEK_FILE + ":}") String file) {
        this.inline = inline.strip();
        this.file = file.strip();
        if (this.inline.isEmpty() && this.file.isEmpty()) {
            throw new IllegalStateException("No key-encryption key: set " + KEK + " (env LEDGER_KEK, e.g. 1:<base64 of"
                    + " 32 random bytes>) or " + KEK_FILE + " (env LEDGER_KEK_FILE, one version:base64 a line)."
                    + " infra/ledger up creates $LEDGER_HOME/keys/kek on first start.");
        }
        if (!this.inline.isEmpty() && !this.file.isEmpty()) {
            throw new IllegalStateException("Both " + KEK + " and " + KEK_FILE + " are set: keep one, so there is"
                    + " one place that says which key-encryption keys exist.");
        }
        ring.set(read());
    }

    public KekRing ring() {
        if (!file.isEmpty() && System.nanoTime() - lastLook > LOOK_EVERY_NANOS) {
            lastLook = System.nanoTime();
            reloadIfChanged();
        }
        return ring.get();
    }

    /** The ring, read again first if it lacks {@code version}: a key another instance wrapped after a rotation. */
    public KekRing ringWith(int version) {
        KekRing current = ring();
        if (current.versions().contains(version) || file.isEmpty()) {
            return current;
        }
        synchronized (this) {
            return ring.get().versions().contains(version) ? ring.get() : reload();
        }
    }

    private synchronized void reloadIfChanged() {
        try {
            long modified = Files.getLastModifiedTime(Path.of(file)).toMillis();
            if (modified != lastModified) {
                reload();
            }
        } catch (IOException | RuntimeException e) {
            // half-written or briefly unreadable: keep the ring that works, look again in a second
            log.warn("{} {} not read again: {}", KEK_FILE, file, e.getMessage());
        }
    }

    /** Reads the key file again (the inline setting cannot change while running); returns the new ring. */
    public synchronized KekRing reload() {
        KekRing fresh = read();
        ring.set(fresh);
        return fresh;
    }

    private KekRing read() {
        if (!inline.isEmpty()) {
            return KekRing.fromSetting(KEK, inline);
        }
        Path path = Path.of(file);
        try {
            lastModified = Files.getLastModifiedTime(path).toMillis();
            return KekRing.fromLines(KEK_FILE + " " + path, Files.readAllLines(path));
        } catch (IOException e) {
            throw new UncheckedIOException(KEK_FILE + " " + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
