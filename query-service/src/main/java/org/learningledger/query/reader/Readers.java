package org.learningledger.query.reader;

import java.util.List;
import org.learningledger.query.organisation.Directory;
import org.learningledger.query.organisation.PersonFacts;
import org.learningledger.query.organisation.Region;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Reader} of a request from its verified token and the organisation read model,
 * read afresh on every request so a removed member loses access as soon as the removal is applied.
 * Nothing comes from the request itself: no body, header or parameter names the reader or a team.
 */
@Component
public class Readers {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Directory directory;

    Readers(Directory directory) {
        this.directory = directory;
    }

    public Reader of(Authentication authentication) {
        if (!(authentication != null && authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new InvalidBearerTokenException("A bearer token is needed.");
        }
        String userId = jwt.getSubject();
        if (userId == null || userId.isBlank()) {
            throw new InvalidBearerTokenException("The token names no subject.");
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX)).map(a -> a.substring(ROLE_PREFIX.length()))
                .sorted().distinct().toList();
        PersonFacts facts = directory.factsAbout(userId);
        return new Reader(userId, facts.teams(), facts.stewardships(),
                facts.reviews().stream().map(Region::regionId).toList(), facts.analyst(), roles);
    }
}
