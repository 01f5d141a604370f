package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class TokenRulesTest {

    private static final Map<String, Object> CLAIMS = Map.of("roles", List.of("admin"),
            "resource_access", Map.of("learning-ledger", Map.of("roles", List.of("steward", 7)),
                    "other-app", Map.of("roles", List.of("admin"))));

    @Test
    void givenTheDefaultClaim_thenItsRolesOnly() {
        assertThat(TokenRules.roles(CLAIMS, "roles")).map(GrantedAuthority::getAuthority).containsExactly("ROLE_admin");
    }

    @Test
    void givenAClientRolesPath_thenOnlyThisApplicationsRolesAndNoNonText() {
        assertThat(TokenRules.roles(CLAIMS, "resource_access.learning-ledger.roles"))
                .map(GrantedAuthority::getAuthority).containsExactly("ROLE_steward");
    }

    @Test
    void givenAPathThatIsMissingOrNotAList_thenNoRoles() {
        assertThat(TokenRules.roles(CLAIMS, "resource_access.ledger.roles")).isEmpty();
        assertThat(TokenRules.roles(CLAIMS, "resource_access")).isEmpty();
        assertThat(TokenRules.roles(Map.of(), "roles")).isEmpty();
    }
}
