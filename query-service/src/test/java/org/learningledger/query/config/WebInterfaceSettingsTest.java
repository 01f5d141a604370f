package org.learningledger.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebInterfaceSettingsTest {

    @Test
    void givenAnIdentityProvider_whenSettingsAreMade_thenItIsNamedWithItsClientAndScope() {
        String module = settings("", "", "https://keycloak.example/realms/ledger").settings(null).getBody();
        assertThat(module).contains("\"oidc\":{", "\"authority\":\"https://keycloak.example/realms/ledger\"",
                "\"clientId\":\"ledger-web\"", "\"scope\":\"openid\"", "export default");
    }

    @Test
    void givenExplicitUrls_whenSettingsAreMade_thenTheyAreUsedAsGiven() {
        String module = settings("https://ledger.example/commands", "https://sign-in.example", "").settings(null).getBody();
        assertThat(module).contains("\"commandApi\":\"https://ledger.example/commands\"",
                "\"issuerUrl\":\"https://sign-in.example\"", "\"oidc\":null");
    }

    @Test
    void givenAValueWithQuotesAndNewlines_whenSettingsAreMade_thenItStaysInsideItsString() {
        String module = settings("x';alert(1);'\n`${y}`", "", "").settings(null).getBody();
        assertThat(module).contains("\"commandApi\":\"x';alert(1);'\\n`${y}`\"")
                .doesNotContain("x';alert(1);'\n");
    }

    @Test
    void givenALanguage_whenSettingsAreMade_thenThePagesStartInItAndAnUnknownOneIsCzech() {
        assertThat(settings("", "", "", "en").settings(null).getBody()).contains("\"defaultLanguage\":\"en\"");
        assertThat(settings("", "", "", "cs").settings(null).getBody()).contains("\"defaultLanguage\":\"cs\"");
        assertThat(settings("", "", "", "de").settings(null).getBody()).contains("\"defaultLanguage\":\"cs\"");
    }

    private static WebInterfaceSettings settings(String commandApi, String issuerUrl, String authority) {
        return settings(commandApi, issuerUrl, authority, "cs");
    }

    private static WebInterfaceSettings settings(String commandApi, String issuerUrl, String authority, String language) {
        return new WebInterfaceSettings(new WebAddresses(commandApi, 9081, issuerUrl, 9083,
                new WebAddresses.Oidc(authority, "ledger-web", "openid"), List.of(), language));
    }
}
