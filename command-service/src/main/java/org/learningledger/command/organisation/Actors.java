package org.learningledger.command.organisation;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/** The acting user is the verified token's subject: never a body field, header or path segment. */
public final class Actors {

    private Actors() {
    }

    public static UserId of(Jwt token) {
        return new UserId(token.getSubject());
    }

    /** Whether the verified token grants the admin role (read from the configured roles claim only). */
    public static boolean isAdministrator(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(role -> "ROLE_admin".equals(role.getAuthority()));
    }
}
