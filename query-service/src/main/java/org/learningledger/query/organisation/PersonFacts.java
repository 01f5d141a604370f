package org.learningledger.query.organisation;

import java.util.List;

/** What the organisation read model records about one person, read in one round trip. */
public record PersonFacts(List<Team> teams, List<Region> stewardships, List<Region> reviews, boolean analyst) {
}
