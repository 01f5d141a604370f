package org.learningledger.command.config;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * An OAuth2 resource server: every API call needs a valid bearer JWT from the configured issuer.
 * Roles come from the token's {@code roles} claim (see command-service.yml); who belongs to which
 * team comes from recorded facts, never from the token or the request.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * {@code /internal/**} (the query service fetching data keys) authenticates with the internal
     * secret, checked by its controller (InternalKeysController), not with a JWT: first in order, and
     * without the resource server, which would take the secret for a malformed token and answer 401.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain internal(HttpSecurity http) throws Exception {
        http.securityMatcher("/internal/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems,
            @Value("${ledger.security.public-operations}") boolean publicOperations) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error")
                        .permitAll()
                        // the holder of a receipt adds to a report from any device, signed in or not
                        .requestMatchers(HttpMethod.POST, "/api/reports/receipts/*/additions").permitAll()
                        .requestMatchers(Operations.PATHS).access(Operations.rule(publicOperations))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    /**
     * No observation per security filter per request: they cost more than they tell (a fifth of
     * all allocation under load, bench profile). Request metrics stay with the HTTP observation.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Wraps whichever decoder Boot builds from the configuration (public key, JWK set or issuer). */
    @Bean
    static BeanPostProcessor rememberVerifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * The web interface is served by the query service, another origin: let it call this API with
     * a bearer token (no cookies, so no credentials mode). The origins are in command-service.yml.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${ledger.web.allowed-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setExposedHeaders(List.of("Location"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
