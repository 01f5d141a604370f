package org.learningledger.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The local stack's key material in {@code $LEDGER_HOME/keys} (owner-only, mode 700): {@code kek}, the
 * key-encryption key ring the command service wraps data keys with (one {@code version:base64 of 32 bytes}
 * per line, the highest version current), and {@code internal.secret}, the bearer secret of the command
 * service's internal key endpoint for the query service. Both mode 600, made on first use only, never
 * replaced: a lost KEK makes every stored text unreadable. {@link #rotate} appends a version and never
 * removes one (older versions still unwrap the keys not yet re-wrapped).
 */
public final class LocalKeys {

    public static final String KEK = "kek";
    public static final String SECRET = "internal.secret";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private LocalKeys(Path dir) {
        this.dir = dir;
    }

    /** The keys in {@code dir}, creating the directory, a KEK (version 1) and the secret where missing. */
    public static LocalKeys at(Path dir) throws IOException {
        return at(dir, true, true);
    }

    /** As {@link #at(Path)}, making only the files asked for (an operator may bring their own KEK or secret). */
    public static LocalKeys at(Path dir, boolean kek, boolean secret) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, OWNER_DIR);
        LocalKeys keys = new LocalKeys(dir);
        if (kek) {
            createOnce(keys.kekFile(), "1:" + random32() + "\n");
        }
        if (secret) {
            createOnce(keys.secretFile(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32)) + "\n");
        }
        return keys;
    }

    public Path kekFile() {
        return dir.resolve(KEK);
    }

    public Path secretFile() {
        return dir.resolve(SECRET);
    }

    public String secret() throws IOException {
        return Files.readString(secretFile()).trim();
    }

    /** The key ring as the command service reads it. */
    public KekRing ring() throws IOException {
        return KekRing.parse(Files.readString(kekFile()));
    }

    /** Appends version N+1 (N the highest in the file) with fresh random bytes; returns N+1. */
    public static int rotate(Path kekFile) throws IOException {
        KekRing ring = KekRing.parse(Files.readString(kekFile));
        int next = ring.current() + 1;
        String existing = Files.readString(kekFile);
        String line = (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + next + ":" + random32() + "\n";
        Files.writeString(kekFile, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return next;
    }

    private static void createOnce(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_FILE));
        Files.writeString(tmp, content);
        try {
            // appears whole or not at all; another process that made it first wins
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
        }
    }

    private static String random32() {
        return Base64.getEncoder().encodeToString(bytes(32));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * {@code init --dir D [--no-kek] [--no-secret]} makes what is missing and prints the files;
     * {@code rotate --file F} appends the next KEK version to F and prints it.
     */
    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("init") && args[1].equals("--dir")) {
            java.util.List<String> rest = java.util.List.of(args);
            boolean kek = !rest.contains("--no-kek");
            boolean secret = !rest.contains("--no-secret");
            LocalKeys keys = at(Path.of(args[2]), kek, secret);
            System.out.println((kek ? keys.kekFile() : "-") + " " + (secret ? keys.secretFile() : "-"));
        } else if (args.length == 3 && args[0].equals("rotate") && args[1].equals("--file")) {
            System.out.println(rotate(Path.of(args[2])));
        } else {
            System.err.println("usage: LocalKeys init --dir DIR [--no-kek] [--no-secret] | rotate --file KEK_FILE");
            System.exit(2);
        }
    }
}
