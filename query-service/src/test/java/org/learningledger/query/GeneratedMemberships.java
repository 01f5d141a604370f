package org.learningledger.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;

/**
 * Random memberships of one history, as events and as the sets the oracle expects: 1-4 members per
 * team from a shared pool (so people belong to several teams), then later removals, re-admissions
 * of some removed members, and newcomers.
 */
final class GeneratedMemberships {

    private final Random random;
    private final Interleaving events;
    private final List<Map<UUID, Set<String>>> members;

    GeneratedMemberships(Random random, Interleaving events, List<Map<UUID, Set<String>>> members) {
        this.random = random;
        this.events = events;
        this.members = members;
    }

    void initial(UUID team, List<String> people) {
        Set<String> current = new HashSet<>();
        for (int m = 1 + random.nextInt(4); m > 0; m--) {
            String person = people.get(random.nextInt(people.size()));
            if (current.add(person)) {
                events.add(team, 0, new MemberAdded(team, person));
            }
        }
        members.get(0).put(team, Set.copyOf(current));
    }

    void later(UUID team, List<String> people) {
        Set<String> current = new HashSet<>(members.get(0).get(team));
        for (String member : new ArrayList<>(current)) {
            if (random.nextInt(10) < 3) {
                current.remove(member);
                events.add(team, 1_000, new MemberRemoved(team, member));
                if (random.nextInt(10) < 3) {
                    current.add(member);
                    events.add(team, 1_001, new MemberAdded(team, member));
                }
            }
        }
        String newcomer = people.get(random.nextInt(people.size()));
        if (random.nextInt(10) < 2 && current.add(newcomer)) {
            events.add(team, 1_002, new MemberAdded(team, newcomer));
        }
        members.get(1).put(team, Set.copyOf(current));
    }
}
