package org.learningledger.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The local stack's own token issuer: an RSA key pair created on first use and kept in the data
 * directory, and RS256 JWTs for demo users. The services trust {@code public.pem}; with a real
 * identity provider none of this runs.
 */
public final class LocalIssuer {

    public static final String ISSUER = "ledger-local";
    /** The services accept only tokens for this audience (LEDGER_JWT_AUDIENCE). */
    public static final String AUDIENCE = "learning-ledger";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final Path dir;
    private final PrivateKey privateKey;

    private LocalIssuer(Path dir, PrivateKey privateKey) {
        this.dir = dir;
        this.privateKey = privateKey;
    }

    /** The issuer whose keys live in {@code dir}, creating them the first time. */
    public static LocalIssuer at(Path dir) throws IOException, GeneralSecurityException {
        Path privatePem = dir.resolve("private.pem");
        if (!Files.exists(privatePem)) {
            create(dir);
        }
        byte[] der = Pem.decode(Files.readString(privatePem));
        return new LocalIssuer(dir, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    public Path publicKey() {
        return dir.resolve("public.pem");
    }

    /**
     * The sign-in key: the proof the sign-in page shows to get a token over HTTP. It lives only in
     * this directory (owner-only), so a local process that cannot read {@code $LEDGER_HOME} cannot
     * get a token from the issuer; {@code infra/ledger up} prints it inside the sign-in link.
     */
    public String signInKey() throws IOException {
        Path file = dir.resolve("sign-in.key");
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path tmp = Files.createTempFile(dir, "sign-in", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp); // another process made it first: theirs counts
            }
        }
        return Files.readString(file).trim();
    }

    public String token(String subject, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject).claim("roles", roles)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME))).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(privateKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static void create(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path tmp = Files.createTempFile(dir, "private", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, Pem.encode("PRIVATE KEY", keys.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("public.pem"), Pem.encode("PUBLIC KEY", keys.getPublic().getEncoded()));
        // the private key appears last and whole, so a half-written pair is never used
        Files.move(tmp, dir.resolve("private.pem"));
    }

    /** {@code init --dir D} creates the keys; {@code token USER --dir D} prints a demo user's token. */
    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("init") && args[1].equals("--dir")) {
            System.out.println("token issuer keys in " + at(Path.of(args[2])).dir);
        } else if (args.length >= 3 && args[0].equals("sign-in-key") && args[1].equals("--dir")) {
            System.out.println(at(Path.of(args[2])).signInKey());
        } else if (args.length >= 4 && args[0].equals("token") && args[2].equals("--dir")) {
            DemoOrganisation.User user = DemoOrganisation.user(args[1]).orElse(null);
            if (user == null) {
                System.err.println("'" + args[1] + "' is not a demo user; demo users: "
                        + String.join(", ", DemoOrganisation.userNames()));
                System.exit(2);
            }
            System.out.println(at(Path.of(args[3])).token(user.name(), user.roles()));
        } else {
            System.err.println("usage: LocalIssuer init --dir DIR | token USER --dir DIR | sign-in-key --dir DIR");
            System.exit(2);
        }
    }

    /** PEM armour around DER bytes. */
    static final class Pem {
        private Pem() {
        }

        static String encode(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END " + type + "-----\n";
        }

        static byte[] decode(String pem) {
            return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        }
    }
}
