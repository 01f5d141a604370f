package org.learningledger.infra;

import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.LedgerCalendar;

/**
 * The demo's run chart: the video-call experiment started eight weeks ago (recorded on the day the demo
 * is seeded), with ten weekly baseline points before it and eight since, all above the baseline median,
 * so a first-time user sees a shift in the better direction. Dates count back from the seeding day; a
 * later re-seed finds the fixed ids taken (409) and changes nothing.
 */
final class DemoMeasure {

    private static final int[] BASELINE = {45, 55, 50, 40, 60, 50, 45, 55, 50, 48};
    private static final int[] SINCE = {58, 62, 60, 64, 61, 66, 63, 65};

    private DemoMeasure() {
    }

    static void seed(DemoSeeder.Poster poster, UUID experiment) throws Exception {
        LocalDate today = LocalDate.now(LedgerCalendar.ZONE);
        String base = "/api/experiments/" + experiment;
        poster.post("tomas", base + "/start", "{\"startedOn\":\"" + today.minusWeeks(SINCE.length) + "\"}");
        UUID measure = DemoOrganisation.id("51");
        poster.post("tomas", base + "/measures", """
                {"measureId":"%s","name":"Domluvené videohovory, ke kterým se rodiče připojili","unit":"%%","better":"UP",
                 "role":"PROCESS"}""".formatted(measure));
        int week = BASELINE.length + SINCE.length;
        for (int i = 0; i < BASELINE.length + SINCE.length; i++, week--) {
            int value = i < BASELINE.length ? BASELINE[i] : SINCE[i - BASELINE.length];
            poster.post("tomas", base + "/measures/" + measure + "/points",
                    "{\"pointId\":\"%s\",\"value\":%d,\"observedOn\":\"%s\"}".formatted(
                            UUID.fromString("00000000-0000-4000-8000-000000000" + (600 + i)), value,
                            today.minusWeeks(week)));
        }
    }
}
