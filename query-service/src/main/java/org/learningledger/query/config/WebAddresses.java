package org.learningledger.query.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the web interface's pages find the other parts ({@code ledger.web.*}): the command API and
 * the local sign-in issuer (explicit URLs, or the page's own host at these ports), an OpenID Connect
 * provider, further origins a deployment's own {@code ui/config.js} may name, and the language the pages start
 * in for a person who has not chosen one ({@code LEDGER_WEB_LANGUAGE}). Read once, by the
 * settings the pages get ({@link WebInterfaceSettings}) and by the policy that lets them connect
 * ({@link ContentSecurityPolicy}), so the two cannot disagree.
 */
@ConfigurationProperties("ledger.web")
record WebAddresses(
        @DefaultValue("") String commandApi,
        @DefaultValue("8081") int commandPort,
        @DefaultValue("") String issuerUrl,
        @DefaultValue("8083") int issuerPort,
        @DefaultValue Oidc oidc,
        @DefaultValue List<String> connectSrc,
        @DefaultValue("cs") String language) {

    /** The pages' language for a person who has not chosen one: {@code cs} or {@code en}; anything else is Czech. */
    String defaultLanguage() {
        return "en".equalsIgnoreCase(language == null ? "" : language.trim()) ? "en" : "cs";
    }

    /** An identity provider for the pages' sign-in; none when {@code authority} is blank. */
    record Oidc(@DefaultValue("") String authority, @DefaultValue("ledger-web") String clientId,
                @DefaultValue("openid") String scope) {
    }
}
