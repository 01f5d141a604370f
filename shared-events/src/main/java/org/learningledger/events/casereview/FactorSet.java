package org.learningledger.events.casereview;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Factors kept in their declared order, so that an event's JSON is the same however they were given. */
final class FactorSet {

    private FactorSet() {
    }

    static SortedSet<ContributoryFactor> of(Collection<ContributoryFactor> factors) {
        return Collections.unmodifiableSortedSet(factors == null ? new TreeSet<>() : new TreeSet<>(factors));
    }
}
