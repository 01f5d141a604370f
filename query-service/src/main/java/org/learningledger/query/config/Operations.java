package org.learningledger.query.config;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Metrics and API docs: open on a developer's machine, behind the admin role with the production
 * profile ({@code ledger.security.public-operations=false}), where they tell strangers too much about
 * the deployment. Health stays open for load balancers; it carries no content.
 */
final class Operations {

    static final String[] PATHS = {"/actuator/prometheus", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
        "/swagger-ui.html"};

    private Operations() {
    }

    static AuthorizationManager<RequestAuthorizationContext> rule(boolean open) {
        return open ? SingleResultAuthorizationManager.permitAll() : AuthorityAuthorizationManager.hasRole("admin");
    }
}
