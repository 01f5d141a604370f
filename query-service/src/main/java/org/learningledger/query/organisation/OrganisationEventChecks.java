package org.learningledger.query.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.query.intake.RequiredFields;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.TeamRegistered;

/**
 * What the organisation read model cannot do without, per event. The first required field is the
 * aggregate the event belongs to. A team's focus may be absent: it is shown as empty.
 */
final class OrganisationEventChecks {

    private OrganisationEventChecks() {
    }

    static boolean isOrganisationEvent(Object event) {
        return !required(event).isEmpty();
    }

    /** The region, team or appointment whose history the event belongs to (null when absent). */
    static UUID aggregateId(Object event) {
        return (UUID) required(event).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(Object event) {
        return RequiredFields.missing(required(event));
    }

    private static Map<String, Object> required(Object event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event instanceof RegionRegistered e) {
            fields.put("regionId", e.regionId());
            fields.put("name", e.name());
        } else if (event instanceof TeamRegistered e) {
            fields.put("teamId", e.teamId());
            fields.put("regionId", e.regionId());
            fields.put("name", e.name());
        } else if (event instanceof MemberAdded e) {
            fields.put("teamId", e.teamId());
            fields.put("userId", e.userId());
        } else if (event instanceof MemberRemoved e) {
            fields.put("teamId", e.teamId());
            fields.put("userId", e.userId());
        } else if (event instanceof StewardAppointed e) {
            fields.put("regionId", e.regionId());
            fields.put("userId", e.userId());
        } else if (event instanceof AnalystAppointed e) {
            fields.put("appointmentId", e.appointmentId());
            fields.put("userId", e.userId());
        }
        return fields;
    }
}
