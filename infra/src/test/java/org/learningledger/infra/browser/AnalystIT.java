package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningledger.infra.DemoOrganisation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's main path on the real API's answers: a learning shared nationally and validated by a team of
 * another region shows up in the landscape, its spread is drawn, the flow between the regions is tabulated and the
 * time to first validation is said in words. Nothing may answer "not available" or raw JSON instead.
 */
class AnalystIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    @SuppressWarnings("unchecked")
    void givenANationalLearningValidatedInAnotherRegion_whenAlenaOpensTheLandscape_thenItsSpreadIsDrawnAndSaidInWords() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Interpreter at the first meeting " + suffix;
        Api lucie = new Api(LEDGER.stack(), "lucie");
        UUID learning = lucie.draft(DemoOrganisation.JIHLAVA_CONFLICT.id(), title, "Families follow the plan when they understood it.");
        lucie.publish(learning, "NATION");
        Api jana = new Api(LEDGER.stack(), "jana");
        UUID validation = jana.draftValidation(DemoOrganisation.PARDUBICE_CONFLICT.id(), "Interpreter tried in Pardubice " + suffix,
                learning, "CONFIRMED");
        jana.publish(validation, "NATION");
        Api alena = new Api(LEDGER.stack(), "alena");
        alena.awaitQuery("/api/learnings/" + learning + "/timeline", t -> t.path("entries").valueStream()
                .anyMatch(e -> "validatedBy".equals(e.path("kind").asString()) && validation.toString().equals(e.path("learningId").asString())));
        alena.awaitQuery("/api/analytics/spread", s -> s.path("learnings").valueStream()
                .anyMatch(l -> learning.toString().equals(l.path("learningId").asString()) && l.has("daysToFirstValidation")));

        try (Browser b = LEDGER.browser()) {
            b.signIn("alena");
            b.waitText(By.cssSelector("main h1"), "Landscape and spread of learning");
            b.assertEveryControlLabelled();
            b.waitFor(By.cssSelector(".landscape-table tr[data-learning='" + learning + "']"));
            assertThat(b.driver.findElement(By.cssSelector(".landscape-table")).getText()).contains(title)
                    .contains(DemoOrganisation.JIHLAVA_CONFLICT.name()).contains("shared with the whole country");

            // the spread of the learning: one team, one region reached, drawn from the publication on
            new Select(b.waitFor(By.cssSelector(".spread select"))).selectByVisibleText(title);
            WebElement figure = b.waitFor(By.cssSelector(".spread figure.chart-figure"));
            assertThat(figure.findElements(By.cssSelector("svg.chart path")).stream().map(p -> p.getAttribute("data-final")))
                    .as("teams and regions reached").containsExactly("1", "1");
            assertThat(figure.findElements(By.cssSelector("tbody tr"))).as("the publication, then the validation").hasSize(2);
            WebElement validatedBy = b.waitFor(By.cssSelector(".spread .validated-by li[data-team='"
                    + DemoOrganisation.PARDUBICE_CONFLICT.id() + "']"));
            assertThat(validatedBy.getText()).contains(DemoOrganisation.PARDUBICE_CONFLICT.name() + " (Pardubice)").contains("Confirmed");
            assertThat(b.driver.findElements(By.cssSelector(".spread .validated-by li"))).hasSize(1);
            assertThat(b.driver.findElements(By.cssSelector(".spread .notice"))).as("no 'not available'").isEmpty();

            // flows between regions: Vysočina to Pardubice; time to first validation in words
            b.waitFor(By.cssSelector(".flows table"));
            assertThat(b.driver.findElements(By.cssSelector(".flows tbody tr")).stream().map(WebElement::getText))
                    .anySatisfy(row -> assertThat(row).matches("Vysočina Pardubice [1-9]\\d*"));
            String timeToFirst = b.driver.findElement(By.cssSelector(".flows .time-to-first-validation")).getText();
            assertThat(timeToFirst).matches("Time from first sharing to the first validation elsewhere: [1-9]\\d* learnings?;"
                    + " median \\d+(\\.\\d)? days? \\(0–6 days: \\d+; 7–29 days: \\d+; 30–89 days: \\d+; 90 days or more: \\d+\\)\\.");

            b.click(By.xpath("//button[.='Download CSV']"));
            b.waitFor(By.cssSelector(".export-message .notice.ok"));
            assertThat(b.pageText()).doesNotContainIgnoringCase("undefined").doesNotContain("[object Object]")
                    .doesNotContain("{").doesNotContainIgnoringCase("not available");
            b.screenshot("09-analyst-landscape");
            b.assertAccessible("the landscape");
            b.assertAccessibleOnAPhone("the landscape");

            // the learning's own page tells the same spread, in words and drawn
            b.open("#/learning/" + learning);
            b.waitText(By.cssSelector("section[aria-labelledby=timeline-h] ol.timeline"),
                    "validated by another learning · " + DemoOrganisation.PARDUBICE_CONFLICT.name());
            assertThat(b.driver.findElements(By.cssSelector("section[aria-labelledby=timeline-h] svg.chart path")).stream()
                    .map(p -> p.getAttribute("data-final"))).containsExactly("1", "1");
            assertThat(b.pageText()).doesNotContain("validatedBy").doesNotContainIgnoringCase("undefined");

            // on paper (issue 13, item 6): a Print button on the screen; printed, one plain page without the menu,
            // the forms and the buttons, black on white, no item cut by a page break
            assertThat(b.waitFor(By.cssSelector("article.learning .print-actions button.print-button")).getText()).isEqualTo("Print");
            assertThat(b.driver.findElement(By.cssSelector("article.learning .print-only")).isDisplayed()).isFalse();
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Map<String, Object> printed = (Map<String, Object>) b.driver.executeScript("""
                    const shown = (e) => Boolean(e) && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
                    return {
                      nav: shown(document.querySelector('#nav')), header: shown(document.querySelector('.site-header')),
                      controls: [...document.querySelectorAll('form, button, input, select, textarea')].filter(shown).length,
                      ink: getComputedStyle(document.querySelector('article.learning h1')).color,
                      paper: getComputedStyle(document.body).backgroundColor,
                      printedFrom: shown(document.querySelector('article.learning .print-only'))
                        ? document.querySelector('article.learning .print-only').textContent : null,
                      item: getComputedStyle(document.querySelector('ol.timeline li')).breakInside };""");
            b.screenshot("12-learning-printed");
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            assertThat(printed).containsEntry("nav", false).containsEntry("header", false).containsEntry("controls", 0L)
                    .containsEntry("ink", "rgb(0, 0, 0)").containsEntry("paper", "rgb(255, 255, 255)")
                    .containsEntry("item", "avoid");
            assertThat((String) printed.get("printedFrom")).startsWith("Printed from the learning ledger on")
                    .contains("#/learning/" + learning);

            // the print catalogue's texts in Czech and in English
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> keys = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/ui/messages/print.js').then(({ PRINT }) => done({
                      en: Object.keys(PRINT.en).sort(), cs: Object.keys(PRINT.cs).sort(),
                      empty: Object.entries({ ...PRINT.en, ...PRINT.cs }).filter(([, v]) => !v).map(([k]) => k) }))
                      .catch((e) => done({ error: String(e) }));""");
            assertThat(keys).doesNotContainKey("error");
            assertThat((List<String>) keys.get("cs")).isEqualTo(keys.get("en")).isNotEmpty();
            assertThat((List<String>) keys.get("empty")).isEmpty();
        }
    }

    /** The timeline's own shape becomes a step chart: validations by other teams count, the owning team's do not. */
    @Test
    @SuppressWarnings("unchecked")
    void givenATimelineWithValidations_whenCharted_thenTeamsAndRegionsElsewhereAreDrawnAndTabulated() {
        try (Browser b = LEDGER.browser()) {
            b.signIn("alena");
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> result = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    Promise.all([import('/ui/spread.js'), import('/ui/chart.js')]).then(([spread, chart]) => {
                      const timeline = { learningId: 'l1', entries: [
                        { kind: 'published', at: '2026-01-05T10:00:00Z', tier: 'NATION', version: 1 },
                        { kind: 'validatedBy', at: '2026-01-20T10:00:00Z', teamId: 't1', regionId: 'r1', learningId: 'l0' },
                        { kind: 'validatedBy', at: '2026-02-01T10:00:00Z', teamId: 't2', regionId: 'r1', learningId: 'l2' },
                        { kind: 'endorsed', at: '2026-02-10T10:00:00Z', tier: 'NATION', stewardRegionId: 'r1' },
                        { kind: 'validatedBy', at: '2026-03-01T10:00:00Z', teamId: 't3', regionId: 'r2', learningId: 'l3' },
                        { kind: 'validatedBy', at: '2026-03-09T10:00:00Z', teamId: 't3', regionId: 'r2', learningId: 'l4' } ] };
                      const figure = chart.stepChart({ title: 'Spread', series: spread.reachSeries(timeline, 't1'), yLabel: 'reached' });
                      document.querySelector('main').append(figure);
                      done({
                        paths: [...figure.querySelectorAll('svg path')].map((p) => p.getAttribute('data-final')),
                        label: figure.querySelector('svg').getAttribute('aria-labelledby'),
                        rows: figure.querySelectorAll('tbody tr').length,
                        gridLines: figure.querySelectorAll('svg line.grid').length,
                        none: spread.reachSeries({ entries: timeline.entries.slice(0, 2) }, 't1'),
                      });
                    }).catch((e) => done({ error: String(e) }));
                    """);
            assertThat(result).doesNotContainKey("error");
            assertThat((List<String>) result.get("paths")).containsExactly("2", "2"); // teams t2, t3; regions r1, r2
            assertThat((String) result.get("label")).isNotBlank();
            assertThat(((Number) result.get("rows")).intValue()).as("from the publication on").isEqualTo(4);
            assertThat(((Number) result.get("gridLines")).intValue()).isEqualTo(3);
            assertThat(result.get("none")).as("only the owning team validated it").isNull();
            b.screenshot("11-spread-chart-sample");
        }
    }
}
