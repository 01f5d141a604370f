package org.learningledger.command.organisation;

import org.springframework.security.oauth2.jwt.Jwt;

/** The acting user is the verified token's subject: never a body field, header or path segment. */
public final class Actors {

    private Actors() {
    }

    public static UserId of(Jwt token) {
        return new UserId(token.getSubject());
    }
}
