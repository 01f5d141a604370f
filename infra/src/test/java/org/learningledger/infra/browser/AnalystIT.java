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
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's main path: the landscape renders with a nationally shared learning in it; the spread chart, the
 * flows between regions and the CSV export either work or say plainly that they are not available yet.
 */
class AnalystIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    void givenANationalLearning_whenAlenaOpensTheLandscape_thenItIsListedAndEverySectionAnswers() {
        String title = "Interpreter at the first meeting " + UUID.randomUUID().toString().substring(0, 8);
        Api lucie = new Api(LEDGER.stack(), "lucie");
        UUID learning = lucie.draft(DemoOrganisation.JIHLAVA_CONFLICT.id(), title, "Families follow the plan when they understood it.");
        lucie.publish(learning, "NATION");
        new Api(LEDGER.stack(), "alena").awaitQuery("/api/learnings/" + learning, l -> l.path("version").asInt() == 1);

        try (Browser b = LEDGER.browser()) {
            b.signIn("alena");
            b.waitText(By.cssSelector("main h1"), "Landscape and spread of learning");
            b.assertEveryControlLabelled();
            b.waitFor(By.cssSelector(".landscape-table tr[data-learning='" + learning + "']"));
            assertThat(b.driver.findElement(By.cssSelector(".landscape-table")).getText()).contains(title)
                    .contains("Jihlava parental conflict team").contains("shared with the whole country");

            // spread of one learning: a chart, or a plain "not available yet"
            new Select(b.waitFor(By.cssSelector(".spread select"))).selectByVisibleText(title);
            b.wait.until(d -> !d.findElements(By.cssSelector(".spread svg.chart, .spread .notice, .spread .empty")).isEmpty());

            // flows between regions and the export answer too
            b.wait.until(d -> !d.findElements(By.cssSelector(".flows table, .flows .notice, .flows .empty")).isEmpty());
            b.click(By.xpath("//button[.='Download CSV']"));
            b.wait.until(d -> !d.findElements(By.cssSelector(".export-message .notice")).isEmpty());
            assertThat(b.pageText()).doesNotContainIgnoringCase("undefined").doesNotContain("[object Object]");
            b.screenshot("09-analyst-landscape");
        }
    }

    /** The spread chart is ready for the timeline: validations by teams and regions become a step chart in SVG. */
    @Test
    @SuppressWarnings("unchecked")
    void givenATimelineWithValidations_whenCharted_thenTeamsAndRegionsReachedAreDrawnAndTabulated() {
        try (Browser b = LEDGER.browser()) {
            b.signIn("alena");
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> result = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    Promise.all([import('/ui/spread.js'), import('/ui/chart.js')]).then(([spread, chart]) => {
                      const timeline = { events: [
                        { kind: 'published', at: '2026-01-05T10:00:00Z', teamId: 't1', regionId: 'r1' },
                        { kind: 'validated', at: '2026-02-01T10:00:00Z', teamId: 't2', regionId: 'r1' },
                        { kind: 'validated', at: '2026-03-01T10:00:00Z', teamId: 't3', regionId: 'r2' },
                        { kind: 'validated', at: '2026-03-09T10:00:00Z', teamId: 't3', regionId: 'r2' } ] };
                      const figure = chart.stepChart({ title: 'Spread', series: spread.reachSeries(timeline), yLabel: 'reached' });
                      document.querySelector('main').append(figure);
                      done({
                        paths: [...figure.querySelectorAll('svg path')].map((p) => p.getAttribute('data-final')),
                        label: figure.querySelector('svg').getAttribute('aria-labelledby'),
                        rows: figure.querySelectorAll('tbody tr').length,
                        gridLines: figure.querySelectorAll('svg line.grid').length,
                      });
                    }).catch((e) => done({ error: String(e) }));
                    """);
            assertThat(result).doesNotContainKey("error");
            assertThat((List<String>) result.get("paths")).containsExactly("2", "2"); // teams t2, t3; regions r1, r2
            assertThat((String) result.get("label")).isNotBlank();
            assertThat(((Number) result.get("rows")).intValue()).as("from the publication on").isEqualTo(4);
            assertThat(((Number) result.get("gridLines")).intValue()).isEqualTo(3);
            b.screenshot("11-spread-chart-sample");
        }
    }
}
