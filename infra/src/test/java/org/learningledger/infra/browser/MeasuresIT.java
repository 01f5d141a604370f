package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.infra.DemoOrganisation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Measures and run charts (issue 14) in the browser: a team member starts an experiment on an earlier day, defines
 * a measure and types ten baseline points and seven better ones through the quick form, the value field ready again
 * after each; the run chart draws every point, the settled median and the shift in words and as a table; letters
 * and a day still to come are refused next to their field in plain words; a correction shows at once. The learning
 * that cites the experiment draws the chart as it stood when it was shared. The texts have Czech and English alike.
 */
class MeasuresIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    private static final int[] BASELINE = {9, 11, 10, 12, 8, 11, 9, 12, 10, 11}; // median 10.5
    private static final int[] AFTER = {7, 8, 6, 7, 8, 7, 6}; // all below: fewer days is better
    private static final By BADGE = By.cssSelector("article.experiment .badge");
    private static final By QUICK = By.cssSelector("article.measure form.quick-point");
    private static final By POINTS = By.cssSelector("article.measure svg.runchart .point");
    private static final By ROWS = By.cssSelector("article.measure details.points-table tbody tr");

    @Test
    void givenJana_whenSheTypesAMeasureDayByDay_thenTheRunChartShowsTheShiftInWordsAndAsATable() {
        Api api = new Api(LEDGER.stack(), "jana");
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID experiment = api.propose(team, "Does a first call within two days shorten the wait? " + suffix);
        api.awaitQuery("/api/experiments/" + experiment, x -> "PROPOSED".equals(x.path("status").asString()));
        LocalDate today = LedgerCalendar.dateOf(Instant.now());
        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.open("#/team/" + team + "/experiments/" + experiment);
            b.waitText(BADGE, "Planned");

            // started ten days ago, recorded today
            WebElement start = b.waitFor(By.cssSelector("form[aria-label='Start the experiment']"));
            setDate(b, b.byLabel(start, "Started on"), today.minusDays(10));
            b.click(By.xpath("//button[.='Start the experiment']"));
            b.waitText(BADGE, "Running");

            // define a measure: the form is open while there is none
            WebElement define = b.waitFor(By.cssSelector("form[aria-labelledby=define-measure-h]"));
            b.assertEveryControlLabelled();
            assertThat(define.getText()).contains("Less is better").contains("Balancing measure")
                    .contains("what could get worse elsewhere because of the change");
            String name = "Days from the report to the first meeting " + suffix;
            b.fill(define, "What do you count or measure?", name);
            b.fill(define, "Unit", "days");
            b.click(By.xpath("//form[@aria-labelledby='define-measure-h']//label[starts-with(., 'Less is better')]"));
            b.click(By.xpath("//button[.='Define the measure']"));
            WebElement value = b.waitFor(By.cssSelector("article.measure form.quick-point input[name=value]"));
            b.waitText(By.cssSelector("article.measure h4"), name);
            assertThat(b.driver.switchTo().activeElement()).as("ready for the first point").isEqualTo(value);
            assertThat(value.getAttribute("inputmode")).isEqualTo("decimal");
            b.assertEveryControlLabelled();

            // ten baseline points a month ago, seven since the start: typed one after another, Enter after each
            for (int i = 0; i < BASELINE.length; i++) {
                addPoint(b, today.minusDays(40 - i), BASELINE[i]);
            }
            for (int i = 0; i < AFTER.length; i++) {
                addPoint(b, today.minusDays(7 - i), AFTER[i]);
            }

            // the chart: every point, the settled median, the shift's points as diamonds, the shift in words
            b.wait.until(d -> d.findElements(POINTS).size() == 17);
            // overlapping refreshes may still redraw the chart once it shows all points: read it whole again then
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .ignoreExceptionsInstanceOf(org.openqa.selenium.StaleElementReferenceException.class).untilAsserted(() -> {
                WebElement svg = b.driver.findElement(By.cssSelector("article.measure svg.runchart"));
                assertThat(svg.getAttribute("role")).isEqualTo("img");
                WebElement median = svg.findElement(By.cssSelector("line.median"));
                assertThat(median.getAttribute("data-frozen")).isEqualTo("true");
                assertThat(Double.parseDouble(median.getAttribute("data-median"))).isEqualTo(10.5);
                assertThat(svg.findElement(By.cssSelector(".median-label")).getText()).isEqualTo("median 10.5");
                assertThat(svg.findElements(By.cssSelector("line.start-line"))).hasSize(1);
                List<WebElement> marked = svg.findElements(By.cssSelector(".point.in-signal"));
                assertThat(marked).as("the shift's points").hasSizeGreaterThanOrEqualTo(7)
                        .allSatisfy(p -> assertThat(p.getTagName()).as("a diamond, not only another colour").isEqualTo("path"));
            });
            b.waitText(By.cssSelector("article.measure .signals li[data-rule=SHIFT]"), "below the median");
            assertThat(b.driver.findElement(By.cssSelector("article.measure .signals li[data-rule=SHIFT]")).getText())
                    .matches("7 points below the median since .+: a shift in the better direction");
            b.screenshot("measures-01-run-chart");

            // the table: one row per point, baseline first
            b.click(By.xpath("//details[contains(@class,'points-table')]/summary[contains(., 'The points as a table (17)')]"));
            List<WebElement> rows = b.driver.findElements(ROWS);
            assertThat(rows).hasSize(17);
            assertThat(rows.get(0).getText()).contains("9").contains("yes");
            assertThat(rows.get(16).findElements(By.tagName("td")).get(1).getText()).isEqualTo("no"); // not baseline

            // letters, then a day still to come: refused by the API, said next to the field, nothing recorded
            WebElement quick = b.waitFor(QUICK);
            value.sendKeys("twelve", Keys.ENTER);
            b.waitText(By.cssSelector("form.quick-point .field[data-field=value] .field-error"), "Please enter a number");
            assertThat(value.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(quick.findElement(By.cssSelector(".form-error")).getAttribute("role")).isEqualTo("alert");
            b.fill(quick, "Value", "5");
            setDate(b, b.byLabel(quick, "Measured on"), today.plusDays(3));
            b.click(By.xpath("//form[contains(@class,'quick-point')]//button[.='Add the point']"));
            b.waitText(By.cssSelector("form.quick-point .field[data-field=observedOn] .field-error"), "This day has not come yet");
            assertThat(b.driver.findElement(By.cssSelector("form.quick-point .field[data-field=value] .field-error")).isDisplayed()).isFalse();
            assertThat(b.driver.findElements(ROWS)).hasSize(17);
            b.screenshot("measures-02-refused-next-to-the-field");

            // correct the last point from the table: the reason is required; the new value shows in table and chart
            WebElement lastRow = b.driver.findElements(ROWS).get(16);
            String pointId = lastRow.getAttribute("data-point-id");
            b.click(By.cssSelector("tr[data-point-id='" + pointId + "'] button.correct-point"));
            WebElement correction = b.waitFor(By.cssSelector("form.correction"));
            assertThat(b.driver.switchTo().activeElement().getAttribute("name")).isEqualTo("value");
            b.assertEveryControlLabelled();
            b.fill(correction, "Value", "5");
            b.click(By.xpath("//button[.='Save the correction']"));
            b.waitText(By.cssSelector("form.correction .field[data-field=reason] .field-error"), "Please fill this in.");
            b.fill(b.waitFor(By.cssSelector("form.correction")), "Why correct it?", "The wrong number was typed.");
            b.click(By.xpath("//button[.='Save the correction']"));
            By corrected = By.cssSelector("tr[data-point-id='" + pointId + "'] td.corrected");
            b.waitText(corrected, "yes");
            assertThat(b.driver.findElement(By.cssSelector("tr[data-point-id='" + pointId + "'] td.num")).getText()).isEqualTo("5");
            assertThat(b.driver.findElement(By.cssSelector("svg.runchart [data-point-id='" + pointId + "']"))
                    .getAttribute("data-value")).isIn("5", "5.0");
            assertThat(b.driver.switchTo().activeElement().getAttribute("class")).contains("correct-point");
            b.waitText(By.id("status"), "The correction is saved.");

            // the team's CSV, fetched with her token
            b.click(By.xpath("//button[.='Download the team’s measures (CSV)']"));
            b.waitText(By.cssSelector(".measures-export .export-message"), "The file is downloaded.");

            // a tablet lying down and a phone: the page never scrolls sideways
            assertNoSidewaysScroll(b, 1024, 768, "measures-03-tablet");
            assertNoSidewaysScroll(b, 390, 844, "measures-04-phone");

            // shared in a learning: the chart as it stood, read-only (no notes, no corrections)
            UUID learning = api.draftCiting(team, "A first call within two days " + suffix, experiment);
            api.publish(learning, "REGION");
            api.awaitQuery("/api/learnings/" + learning, l -> l.path("charts").size() == 1);
            b.open("#/learning/" + learning);
            b.waitText(By.cssSelector(".evidence-charts h4"), name);
            b.wait.until(d -> d.findElements(By.cssSelector(".evidence-charts svg.runchart .point")).size() == 17);
            b.waitText(By.cssSelector(".evidence-charts .signals li[data-rule=SHIFT]"), "below the median");
            assertThat(b.driver.findElements(By.cssSelector(".evidence-charts thead th"))).as("no note or correction columns").hasSize(5);
            assertThat(b.driver.findElements(By.cssSelector(".evidence-charts button, .evidence-charts form"))).isEmpty();
            assertThat(b.driver.findElements(By.cssSelector(".evidence-charts svg.runchart line.start-line")))
                    .as("the start the snapshot froze").hasSize(1);
            b.screenshot("measures-05-learning-evidence");
        }
    }

    /** A first-time user finds a real chart: the demo's running experiment was seeded with a baseline and a shift. */
    @Test
    void givenTheDemoOrganisation_whenItsRunningExperimentIsOpened_thenItsChartShowsAShiftTheBetterWay() {
        Api api = new Api(LEDGER.stack(), "jana");
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        UUID running = UUID.fromString("00000000-0000-4000-8000-000000000032"); // the seeded running experiment
        JsonNode measures = api.awaitQuery("/api/experiments/" + running + "/measures",
                m -> m.path("measures").size() == 1 && m.path("measures").get(0).path("chart").path("points").size() == 18);
        JsonNode chart = measures.get("measures").get(0).get("chart");
        assertThat(chart.get("phases").get(0).get("frozen").asBoolean()).isTrue();
        assertThat(chart.findValuesAsString("rule")).contains("SHIFT");
        for (JsonNode signal : chart.get("signals")) {
            if (signal.get("rule").asString().equals("SHIFT")) {
                assertThat(signal.get("better").asBoolean()).as("more joined calls is better").isTrue();
            }
        }
        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.open("#/team/" + team + "/experiments/" + running);
            b.wait.until(d -> d.findElements(POINTS).size() == 18);
            b.waitText(By.cssSelector("article.measure .signals li[data-rule=SHIFT]"), "above the median");
            b.screenshot("measures-00-demo-run-chart");
            b.assertAccessibleInBothLanguages("a measure's run chart");
            b.assertAccessibleOnAPhone("a measure's run chart");
        }
    }

    /** Every text of measures exists in Czech and in English under the same keys (the later Czech issue switches). */
    @Test
    @SuppressWarnings("unchecked")
    void givenTheMeasuresCatalogue_whenItsLanguagesAreCompared_thenBothHaveTheSameKeys() {
        try (Browser b = LEDGER.browser()) {
            b.open("");
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> keys = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/ui/messages/measures.js').then(({ MEASURES, t }) => {
                      const keys = (o, at = '') => Object.entries(o).flatMap(([k, v]) => v && typeof v === 'object'
                        ? keys(v, at + k + '.') : [at + k + (typeof v === 'function' ? '/' + v.length : '')]).sort();
                      const empty = (o) => Object.values(o).flatMap((v) => v && typeof v === 'object' ? empty(v) : [v]).filter((v) => v === '').length;
                      document.documentElement.lang = 'cs';
                      const cs = [t('DOWN'), t('BALANCING'), t('colBaseline'), t('median', '10,5')];
                      document.documentElement.lang = 'en';
                      done({ en: keys(MEASURES.en), cs: keys(MEASURES.cs), empty: empty(MEASURES), words: cs,
                             english: [t('DOWN'), t('median', '10.5')] });
                    }).catch((e) => done({ error: String(e) }));""");
            assertThat(keys).doesNotContainKey("error");
            assertThat((List<String>) keys.get("cs")).as("Czech keys, and each text's arguments").isEqualTo(keys.get("en"));
            assertThat(((List<String>) keys.get("en")).size()).isGreaterThan(80);
            assertThat(keys.get("empty")).isEqualTo(0L);
            assertThat(keys.get("words")).isEqualTo(List.of("lepší je méně", "vyvažující ukazatel", "Výchozí hodnota", "medián 10,5"));
            assertThat(keys.get("english")).isEqualTo(List.of("less is better", "median 10.5"));
        }
    }

    /** One point through the quick form; afterwards the value field is empty and has the focus again. */
    private static void addPoint(Browser b, LocalDate day, int number) {
        WebElement quick = b.waitFor(QUICK);
        WebElement value = quick.findElement(By.name("value"));
        setDate(b, quick.findElement(By.name("observedOn")), day);
        value.sendKeys(String.valueOf(number), Keys.ENTER);
        b.wait.until(d -> quick.getAttribute("aria-busy") == null && value.getAttribute("value").isEmpty());
        assertThat(quick.findElements(By.cssSelector(".form-error"))).as("saved: " + day).isEmpty();
        assertThat(b.driver.switchTo().activeElement()).as("focus back on the value after " + day).isEqualTo(value);
    }

    /** A date input types in the browser's own format; a date picker, like this, sets its value. */
    private static void setDate(Browser b, WebElement input, LocalDate day) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));"
                + "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", input, day.toString());
    }

    private static void assertNoSidewaysScroll(Browser b, int width, int height, String screenshot) {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            b.driver.navigate().refresh();
            b.wait.until(d -> d.findElements(POINTS).size() == 17);
            Object sideways = ((JavascriptExecutor) b.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as("sideways scroll at " + width + " px").isLessThanOrEqualTo(0);
            b.screenshot(screenshot);
        } finally {
            b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
