package org.learningledger.query.config;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * An OAuth2 resource server: every API call needs a valid bearer JWT from the configured issuer
 * (query-service.yml). The token says who reads; what they may see follows from recorded facts
 * (see the reader package). No sessions and no cookies, hence no CSRF protection to need.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ContentSecurityPolicy policy,
            @Value("${ledger.security.public-operations}") boolean publicOperations) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        // An async dispatch only finishes a response whose request was authorized
                        // (the feed's SseEmitter): refusing it would abort streams mid-way.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error")
                        .permitAll()
                        // the web interface's static files: public; all data comes through /api with a token
                        .requestMatchers("/", "/index.html", "/sw.js", "/ui/**", "/favicon.ico").permitAll()
                        // the public CloudEvents' JSON Schemas: the contract of ledger.published, no content
                        .requestMatchers("/schemas/*").permitAll()
                        // a confidential report by its receipt code: the code is the key, a token would name the reporter
                        .requestMatchers(HttpMethod.GET, "/api/reports/receipts/*").permitAll()
                        .requestMatchers(Operations.PATHS).access(Operations.rule(publicOperations))
                        .anyRequest().authenticated())
                .headers(headers -> headers.addHeaderWriter(policy)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized));
        return http.build();
    }

    /** No observation per security filter per request: they cost more than they tell (bench profile). */
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
}
