package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * With an identity provider configured, sign-in is the OIDC authorisation-code flow with PKCE: the page sends the
 * browser to the provider with an S256 code challenge and a state, and trades the code and its verifier for the
 * token on the way back. The demo issuer is not asked.
 */
class OidcSignInIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    void givenAnIdentityProvider_whenJanaSignsIn_thenTheCodeFlowWithPkceGivesHerToken() throws Exception {
        BrowserStack stack = LEDGER.stack();
        try (FakeOidcProvider provider = new FakeOidcProvider(stack.issuer, "jana", stack.oidcServer); Browser b = LEDGER.browser()) {
            stack.writeUiConfig("{ authority: '" + provider.authority() + "', clientId: 'ledger-web', scope: 'openid profile' }");
            b.open("#/signin");
            b.waitFor(By.xpath("//main//button[.='Sign in']"));
            assertThat(b.driver.findElements(By.cssSelector("button[data-user]"))).isEmpty();
            b.click(By.xpath("//main//button[.='Sign in']"));

            b.waitText(By.cssSelector("[data-testid=user]"), "jana");
            b.waitFor(By.cssSelector("main h1"));
            assertThat(provider.lastAuthorization).containsEntry("response_type", "code")
                    .containsEntry("client_id", "ledger-web").containsEntry("code_challenge_method", "S256")
                    .containsEntry("redirect_uri", stack.uiUrl("")).containsKeys("state", "code_challenge");
            assertThat(provider.lastTokenRequest).containsKey("code_verifier").containsEntry("client_id", "ledger-web");
            assertThat(provider.verifierMatched).as("the code verifier matches the challenge").isTrue();
            assertThat(b.driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        } finally {
            stack.restoreUiConfig();
        }
    }
}
