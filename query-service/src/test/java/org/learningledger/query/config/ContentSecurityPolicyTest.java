package org.learningledger.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void givenTheLocalDefaults_thenConnectionsOnlyToThePagesHostAtTheServicesPorts() {
        String policy = new ContentSecurityPolicy(new WebAddresses("", 8081, "", 8083,
                new WebAddresses.Oidc("", "ledger-web", "openid"), List.of(), "cs"), () -> "bWFw").policy("http", "localhost");

        assertThat(policy).contains("connect-src 'self' http://localhost:8081 http://localhost:8083;")
                .contains("script-src 'self' 'sha256-bWFw';").contains("frame-ancestors 'none'").doesNotContain("unsafe");
    }

    @Test
    void givenExplicitUrlsAndAnIdentityProvider_thenTheirOriginsOnly() {
        String policy = new ContentSecurityPolicy(new WebAddresses("https://api.ledger.example.cz/base", 8081, "", 8083,
                new WebAddresses.Oidc("https://idp.example.cz/realms/ledger", "ledger-web", "openid"),
                List.of("https://sso.example.cz/auth", ""), "cs"), () -> "bWFw")
                .policy("https", "ledger.example.cz");

        assertThat(policy).contains("connect-src 'self' https://api.ledger.example.cz "
                + "https://ledger.example.cz:8083 https://idp.example.cz https://sso.example.cz;");
    }
}
