package org.learningledger.query.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.events.content.PersonalFields;

/** The one rule every projection's event checks share: a required field is present and not blank. */
public final class RequiredFields {

    private RequiredFields() {
    }

    /** Field names and values in order; unlike {@code Map.of} it keeps nulls (a missing field is a null). */
    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /**
     * As {@link #missing(Map)}, except that a personal text field (see {@code PersonalFields}) of an event
     * whose content was erased may be absent: a replay after an erasure reads it as null.
     */
    public static List<String> missing(Map<String, Object> required, LedgerEvent event) {
        List<String> missing = missing(required);
        if (event.contentErased()) {
            missing.removeAll(PersonalFields.of(event.payload().getClass()).texts());
        }
        return missing;
    }

    /** Names of the fields that are null or blank, in the map's order; empty when complete. */
    public static List<String> missing(Map<String, Object> required) {
        List<String> missing = new ArrayList<>();
        required.forEach((name, value) -> {
            if (value == null || value instanceof String s && s.isBlank()) {
                missing.add(name);
            }
        });
        return missing;
    }
}
