package org.learningledger.query.reader;

import java.util.List;
import java.util.UUID;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

/**
 * Who is reading: the verified token's subject and roles, and what the organisation read model
 * records about that person at the moment of the request.
 *
 * @param teams the teams the reader is a current member of
 * @param stewardOf the regions the reader is a steward of
 * @param reviews the regions whose confidential reports the reader reviews
 * @param roles the token's roles, without the authority prefix
 */
public record Reader(String userId, List<Team> teams, List<Region> stewardOf, List<UUID> reviews, boolean analyst,
                     List<String> roles) {

    public Reader {
        teams = List.copyOf(teams);
        stewardOf = List.copyOf(stewardOf);
        reviews = List.copyOf(reviews);
        roles = List.copyOf(roles);
    }

    /** A reader who reviews no region's reports. */
    public Reader(String userId, List<Team> teams, List<Region> stewardOf, boolean analyst, List<String> roles) {
        this(userId, teams, stewardOf, List.of(), analyst, roles);
    }

    public boolean isMemberOf(UUID teamId) {
        return teams.stream().anyMatch(team -> team.teamId().equals(teamId));
    }

    /** Whether the reader is a current reviewer of {@code regionId}. */
    public boolean isReviewerOf(UUID regionId) {
        return regionId != null && reviews.contains(regionId);
    }
}
