package org.learningledger.query.config;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * What a token must say besides a good signature: the configured issuer ({@code ledger.jwt.issuer}),
 * this application as audience ({@code spring.security.oauth2.resourceserver.jwt.audiences}, checked
 * by Boot), and an expiry. Boot adds these validators to whichever decoder it builds. Roles are read
 * only from {@code ledger.jwt.roles-claim}, a dotted path (Keycloak's client roles are
 * {@code resource_access.<client>.roles}), so a role another application of a shared identity
 * provider grants is never a role here.
 */
@Configuration(proxyBeanMethods = false)
class TokenRules {

    @Bean
    OAuth2TokenValidator<Jwt> issuedByTheConfiguredIssuer(@Value("${ledger.jwt.issuer}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }

    @Bean
    OAuth2TokenValidator<Jwt> expiryRequired() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter(@Value("${ledger.jwt.roles-claim}") String rolesClaim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt.getClaims(), rolesClaim));
        return converter;
    }

    /** The strings at the dotted {@code path} of the claims, as {@code ROLE_} authorities; none if absent. */
    static Collection<GrantedAuthority> roles(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String step : path.split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (!(node instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream().filter(String.class::isInstance)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
