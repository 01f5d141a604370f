package org.learningledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar in which the ledger's people date things: the deployment's zone (Czech Republic). */
public final class LedgerCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Prague");

    private LedgerCalendar() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
