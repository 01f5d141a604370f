package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningledger.infra.DemoOrganisation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, item 4, between family visits: typed text survives a reload; without a connection an observation
 * waits on the tablet, said as waiting, and is stored once when the network returns; the sign-in survives a
 * new tab; the offline shell is installed.
 */
class FieldUseIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    @SuppressWarnings("unchecked")
    void givenJanaWithoutAConnection_whenSheRecordsAnObservation_thenItWaitsAndIsStoredOnceWhenTheNetworkReturns() {
        Api api = new Api(LEDGER.stack(), "jana");
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        UUID experiment = api.propose(team, "Do short calls before visits help? " + UUID.randomUUID().toString().substring(0, 8));
        api.start(experiment);
        api.awaitQuery("/api/experiments/" + experiment, x -> "STARTED".equals(x.path("status").asString()));
        String page = "#/team/" + team + "/experiments/" + experiment;
        String typed = "The father was at home and calm; the boy showed us his drawings.";
        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.open(page);
            WebElement form = b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]"));

            // typed and not recorded: a reload brings it back, said as not recorded yet
            b.fill(form, "What was seen or said", "Half a thought before the tablet reloads");
            b.wait.until(d -> Boolean.TRUE.equals(b.driver.executeScript("return Object.keys(localStorage).some((k) => k.startsWith('ledger.typed.'))")));
            b.driver.navigate().refresh();
            form = b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]"));
            assertThat(b.byLabel(form, "What was seen or said").getAttribute("value")).isEqualTo("Half a thought before the tablet reloads");
            assertThat(form.findElement(By.cssSelector(".kept-typed")).getText()).contains("not recorded yet");
            assertThat(b.driver.executeScript("return sessionStorage.length === 0 && Boolean(localStorage.getItem('ledger.token'))"))
                    .as("the sign-in is kept beyond the tab").isEqualTo(true);

            // the network goes away: recorded, it waits on the device and says so
            b.driver.executeCdpCommand("Network.enable", Map.of());
            offline(b, true);
            b.fill(form, "What was seen or said", typed);
            b.click(By.xpath("//button[.='Record the observation']"));
            b.waitText(By.id("status"), "No connection: the observation waits on this device");
            b.waitText(By.id("outbox"), "1 record waiting to send");
            assertThat(b.driver.findElement(By.cssSelector(".waiting-list")).getText()).contains(typed);
            assertThat(b.byLabel(b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]")), "What was seen or said")
                    .getAttribute("value")).as("the form is ready for the next one").isEmpty();
            b.screenshot("field-01-waiting-to-send");

            // it comes back: sent once, the header says so, the team's record has it once
            offline(b, false);
            b.wait.until(d -> !d.findElement(By.id("outbox")).isDisplayed());
            b.waitText(By.id("status"), "has been sent");
            JsonNode stored = api.awaitQuery("/api/experiments/" + experiment, x -> count(x, typed) >= 1);
            assertThat(count(stored, typed)).isEqualTo(1);
            assertThat((List<?>) b.driver.executeScript("return Object.keys(localStorage).filter((k) => k.startsWith('ledger.outbox.'))"))
                    .as("nothing waits any more").isEmpty();

            // the offline shell: a service worker controls the page and holds the page itself
            b.driver.navigate().refresh();
            b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]"));
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> shell = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.serviceWorker.ready.then(async () => done({
                      controlled: Boolean(navigator.serviceWorker.controller),
                      page: Boolean(await caches.match("/")), noApi: (await caches.keys()).length > 0
                        && !(await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys())
                          .map((r) => r.url)))).flat().some((u) => u.includes('/api/')) }))
                      .catch((e) => done({ error: String(e) }));""");
            assertThat(shell).containsEntry("page", true).containsEntry("noApi", true).doesNotContainKey("error");
        }
        assertThat(count(api.awaitQuery("/api/experiments/" + experiment, x -> true), typed)).as("still once").isEqualTo(1);
    }

    private static void offline(Browser b, boolean offline) {
        b.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static long count(JsonNode experiment, String text) {
        return StreamSupport.stream(experiment.path("observations").spliterator(), false)
                .filter(o -> text.equals(o.path("text").asString())).count();
    }
}
