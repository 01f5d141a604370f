package org.learningledger.command.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Tests mint their own RS256 tokens; the services trust the public key written here. */
public final class TestTokens {

    private static final KeyPair TRUSTED = keyPair();
    private static final KeyPair FOREIGN = keyPair();
    private static Path publicKey;

    private TestTokens() {
    }

    /** {@code file:} location of the trusted public key, for {@code public-key-location}. */
    public static synchronized String publicKeyLocation() {
        if (publicKey == null) {
            try {
                publicKey = Files.createTempFile("ledger-test-issuer", ".pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKey, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "file:" + publicKey;
    }

    public static String token(String subject, String... roles) {
        return sign(TRUSTED, subject, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String expired(String subject) {
        return sign(TRUSTED, subject, Instant.now().minus(Duration.ofHours(1)));
    }

    public static String signedByStranger(String subject, String... roles) {
        return sign(FOREIGN, subject, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    /** A token that claims {@code alg: none}: it must never be accepted. */
    public static String unsigned(String subject, String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String claims = claims(subject, Instant.now().plus(Duration.ofHours(1)), roles).build().toString();
        return header + "." + b64.encodeToString(claims.getBytes()) + ".";
    }

    /** Trusted key and issuer, but issued for another application of the same identity provider. */
    public static String forAnotherAudience(String subject, String... roles) {
        return sign(TRUSTED, claims(subject, Instant.now().plus(Duration.ofHours(1)), roles).audience("other-app").build());
    }

    /** Trusted key, but another issuer. */
    public static String fromAnotherIssuer(String subject, String... roles) {
        return sign(TRUSTED, claims(subject, Instant.now().plus(Duration.ofHours(1)), roles).issuer("other-idp").build());
    }

    /** Trusted key, issuer and audience, but valid for ever. */
    public static String withoutExpiry(String subject, String... roles) {
        return sign(TRUSTED, claims(subject, Instant.now().plus(Duration.ofHours(1)), roles).expirationTime(null).build());
    }

    /** The admin role, but granted by another application (Keycloak's {@code resource_access}), not by this one. */
    public static String adminOfAnotherApplication(String subject) {
        return sign(TRUSTED, claims(subject, Instant.now().plus(Duration.ofHours(1)))
                .claim("resource_access", Map.of("other-app", Map.of("roles", List.of("admin")))).build());
    }

    private static String sign(KeyPair keys, String subject, Instant expiry, String... roles) {
        return sign(keys, claims(subject, expiry, roles).build());
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the local issuer writes them: its issuer name and the ledger's audience (the services' defaults). */
    private static JWTClaimsSet.Builder claims(String subject, Instant expiry, String... roles) {
        return new JWTClaimsSet.Builder().subject(subject).issuer("ledger-local").audience("learning-ledger")
                .issueTime(new Date()).expirationTime(Date.from(expiry)).claim("roles", List.of(roles));
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
