package org.learningledger.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder verifierExpiringAt(Instant expiry) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("forged")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("jana")
                    .issuedAt(expiry.minusSeconds(3600)).expiresAt(expiry).build();
        };
    }

    @Test
    void givenAVerifiedToken_whenSentAgain_thenNotVerifiedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifierExpiringAt(NOW.plusSeconds(600)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Jwt first = tokens.decode("a.b.c");
        Jwt second = tokens.decode("a.b.c");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        tokens.decode("d.e.f");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void givenARefusedToken_whenSentAgain_thenRefusedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifierExpiringAt(NOW.plusSeconds(600)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.decode("forged.b.c")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged.b.c")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void givenARememberedToken_whenItHasExpired_thenVerifiedAnew() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(verifierExpiringAt(NOW.plusSeconds(60)), clock);
        tokens.decode("a.b.c");
        clock.now = NOW.plusSeconds(61);
        tokens.decode("a.b.c");
        assertThat(verifications).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
