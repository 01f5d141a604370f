package org.learningledger.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Time parameters: an ISO-8601 instant ({@code 2026-03-01T09:00:00Z}) or a date ({@code 2026-03-01},
 * a UTC day). As a lower bound a date means the start of that day; as an upper bound its end, so
 * {@code from=2026-03-01&to=2026-03-01} is that whole day.
 */
public final class Instants {

    private Instants() {
    }

    public static Instant start(String field, String value, Instant absent) {
        return parse(field, value, absent, false);
    }

    public static Instant end(String field, String value, Instant absent) {
        return parse(field, value, absent, true);
    }

    private static Instant parse(String field, String value, Instant absent, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value.trim());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw new InvalidParameterException(field, "instantOrDate",
                        "must be an ISO-8601 instant (2026-03-01T09:00:00Z) or date (2026-03-01)");
            }
        }
    }
}
