package org.learningledger.query.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the configured decoder has already verified, until they expire. A client sends
 * the same token with every call, and verifying its signature and claims again each time was the
 * largest single cost of a command (bench profile). The key is the whole signed token, so a hit is
 * exactly a token that passed every check before; an expired one is verified (and refused) anew.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final Duration UNTIL_EXPIRY_UNKNOWN = Duration.ofMinutes(1);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfter(Expiry.creating(
                (String token, Jwt jwt) -> lifetime(jwt))).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null || clock.instant().isBefore(known.getExpiresAt()))) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    private Duration lifetime(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return UNTIL_EXPIRY_UNKNOWN;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
