package org.learningledger.query;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.TeamRegistered;

/**
 * A fresh organisation per test: North with teams A (alice) and B (bob), South with team C (carla);
 * stewards sven (North) and sara (South); analyst ann. Names carry a suffix so tests share a database.
 */
final class TwoRegions {

    final String suffix = UUID.randomUUID().toString();
    final UUID north = UUID.randomUUID();
    final UUID south = UUID.randomUUID();
    final UUID teamA = UUID.randomUUID();
    final UUID teamB = UUID.randomUUID();
    final UUID teamC = UUID.randomUUID();
    final String alice = "alice-" + suffix;
    final String bob = "bob-" + suffix;
    final String carla = "carla-" + suffix;
    final String sven = "sven-" + suffix;
    final String sara = "sara-" + suffix;
    final String ann = "ann-" + suffix;
    final Timeline timeline = new Timeline();
    final UUID appointment = UUID.randomUUID();

    List<ProducerRecord<String, byte[]>> organisation() {
        return List.of(
                timeline.event(north, new RegionRegistered(north, "North " + suffix)),
                timeline.event(north, new StewardAppointed(north, sven)),
                timeline.event(south, new RegionRegistered(south, "South " + suffix)),
                timeline.event(south, new StewardAppointed(south, sara)),
                timeline.event(teamA, new TeamRegistered(teamA, north, "A " + suffix, "parental-conflict")),
                timeline.event(teamA, new MemberAdded(teamA, alice)),
                timeline.event(teamB, new TeamRegistered(teamB, north, "B " + suffix, "worker-wellbeing")),
                timeline.event(teamB, new MemberAdded(teamB, bob)),
                timeline.event(teamC, new TeamRegistered(teamC, south, "C " + suffix, "parental-conflict")),
                timeline.event(teamC, new MemberAdded(teamC, carla)),
                timeline.event(appointment, new AnalystAppointed(appointment, ann)));
    }

    ProducerRecord<String, byte[]> event(UUID aggregate, Object payload) {
        return timeline.event(aggregate, payload);
    }
}
