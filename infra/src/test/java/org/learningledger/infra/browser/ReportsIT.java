package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Confidential reports (issue 15) in the browser: jana speaks up through the form, gets her receipt once and reads
 * her report with it; radka, a reviewer of the region, finds it in the queue, replies, sets it under review and drafts
 * a lesson (an exact date is refused next to its field); she cannot approve her own lesson, milan can; back on the
 * receipt page without any sign-in, the code shows the reply and the lesson. The receipt page never sends a token.
 */
class ReportsIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    private static final String SPY = """
            window.__auth = [];
            const original = window.fetch;
            window.fetch = (url, init = {}) => {
              window.__auth.push([String(url), Boolean(init.headers && init.headers.Authorization)]);
              return original(url, init);
            };""";

    @Test
    @SuppressWarnings("unchecked")
    void givenJana_whenSheSpeaksUp_thenReviewersAnswerAndPublishALessonSheReadsWithHerReceiptAlone() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String happened = "The interpreter was booked for the wrong language, so the first meeting was lost " + suffix;
        String reply = "Thank you. We are checking how interpreters are booked " + suffix;
        String title = "Confirm the interpreter's language when booking " + suffix;
        String code;
        String reportPage;
        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.click(By.xpath("//nav//a[.='Speak up']"));
            WebElement form = b.waitFor(By.cssSelector("form.speak-up"));
            assertThat(b.driver.switchTo().activeElement().getText()).isEqualTo("Speak up");
            b.assertEveryControlLabelled();
            assertThat(new Select(b.byLabel(form, "Region")).getFirstSelectedOption().getText()).as("her own region").isEqualTo("Pardubice");
            b.assertAccessibleInBothLanguages("the speak-up form");
            b.assertAccessibleOnAPhone("the speak-up form");
            form = b.waitFor(By.cssSelector("form.speak-up")); // drawn again by the language switch
            assertThat(form.getText()).contains("something almost went wrong, and was caught in time")
                    .contains("The report carries no name").contains("Only the receipt");
            b.click(By.xpath("//form[contains(@class,'speak-up')]//label[starts-with(., 'Near miss')]"));
            b.fill(form, "What happened?", happened);
            b.fill(form, "What could change?", "Confirm the language by phone the day before.");
            b.click(By.xpath("//button[.='Send the report']"));
            code = b.waitFor(By.cssSelector(".receipt-code")).getText();
            assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}");
            assertThat(b.driver.switchTo().activeElement().getText()).isEqualTo("Your report is sent");
            assertThat(b.pageText()).contains("Write it down; nobody can show it to you again");
            assertThat(b.driver.findElements(By.cssSelector("form.speak-up"))).as("nothing to send twice").isEmpty();
            b.click(By.cssSelector("button.copy-receipt"));
            b.wait.until(d -> !d.findElement(By.cssSelector(".copy-message")).getText().isEmpty());
            b.screenshot("reports-01-receipt-once");
            b.assertAccessible("the receipt, shown once");

            // the receipt page, signed in or not, asks without the token; a wrong code is said calmly
            b.click(By.xpath("//a[.='Open the receipt page']"));
            WebElement lookup = b.waitFor(By.cssSelector("form.receipt-code-form"));
            b.driver.executeScript(SPY);
            b.assertEveryControlLabelled();
            b.fill(lookup, "Receipt code", "0000-0000-0000-0000-0000-00");
            b.click(By.xpath("//button[.='Show the report']"));
            b.waitText(By.cssSelector("form.receipt-code-form .form-error"), "There is no report with this code.");
            assertThat(b.driver.switchTo().activeElement().getAttribute("name")).isEqualTo("code");
            b.fill(lookup, "Receipt code", code.toLowerCase().replace("-", " "));
            b.click(By.xpath("//button[.='Show the report']"));
            b.waitText(By.id("report-h"), "Your report: Near miss");
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("report-h");
            assertThat(b.pageText()).contains(happened).contains("new, not read yet").contains("No reply yet.");
            WebElement add = b.waitFor(By.cssSelector("form.add-information"));
            b.assertEveryControlLabelled();
            b.fill(add, "What would you like to add?", "It happened twice this month " + suffix);
            b.click(By.xpath("//button[.='Add it']"));
            b.waitText(By.cssSelector(".receipt-report ul.thread"), "It happened twice this month " + suffix);
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("additions-h");
            List<List<Object>> calls = (List<List<Object>>) b.driver.executeScript("return window.__auth");
            assertThat(calls).as("receipt calls").hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(c -> assertThat(c.get(1)).as("token sent to " + c.get(0)).isEqualTo(false));
            b.screenshot("reports-02-receipt-page");
        }

        try (Browser b = LEDGER.browser()) {
            b.signIn("radka");
            b.click(By.xpath("//nav//a[.='Reports to review']"));
            b.waitText(By.cssSelector("main h1"), "Reports to review");
            b.click(By.cssSelector("ul.report-list li:first-child a"));
            b.waitText(By.cssSelector("main h1"), "Report: Near miss");
            reportPage = b.driver.getCurrentUrl().replaceAll("^.*#", "#");
            assertThat(b.pageText()).contains(happened).contains("It happened twice this month " + suffix)
                    .doesNotContain("jana");
            b.assertEveryControlLabelled();

            b.fill(b.waitFor(By.cssSelector("form.reply")), "Your reply", reply);
            b.click(By.xpath("//button[.='Send the reply']"));
            b.waitText(By.cssSelector("ul.replies"), reply);
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("replies-h");

            WebElement triage = b.waitFor(By.cssSelector("form.triage"));
            new Select(b.byLabel(triage, "New state")).selectByVisibleText("under review");
            b.fill(triage, "Why?", "We are looking at how bookings are made.");
            b.click(By.xpath("//button[.='Save the state']"));
            b.waitText(By.cssSelector("ol.triage"), "We are looking at how bookings are made.");
            assertThat(b.driver.findElement(By.cssSelector("p.state .badge")).getText()).isEqualTo("under review");
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("history-h");

            // an exact date is refused next to its field; without it the draft is saved
            WebElement lesson = b.waitFor(By.cssSelector("form.lesson"));
            b.fill(lesson, "Title", title);
            b.fill(lesson, "What did we learn?", "On 3. 5. 2026 a meeting was lost because the language was not confirmed.");
            b.fill(lesson, "What should be done", "Confirm the interpreter's language by phone the day before the meeting.");
            b.click(By.xpath("//button[.='Save the draft']"));
            b.waitText(By.cssSelector("form.lesson .field[data-field=summary] .field-error"), "could identify someone or the case");
            WebElement summary = b.byLabel(b.driver.findElement(By.cssSelector("form.lesson")), "What did we learn?");
            assertThat(summary.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.driver.switchTo().activeElement()).isEqualTo(summary);
            assertThat(b.driver.findElement(By.cssSelector("section.findings mark.finding")).getText()).contains("2026");
            assertThat(b.driver.findElement(By.cssSelector("section.findings ol.explanations")).getText()).contains("looks like an exact date");
            b.screenshot("reports-03-lesson-refused");
            b.fill(b.driver.findElement(By.cssSelector("form.lesson")), "What did we learn?",
                    "A meeting can be lost when the interpreter's language is not confirmed.");
            b.click(By.xpath("//button[.='Save the draft']"));
            b.waitText(By.cssSelector("ul.lessons"), title);
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("lessons-h");
            assertThat(b.driver.findElement(By.cssSelector("ul.lessons li")).getText()).contains("Waiting for a second reviewer.");
            assertThat(b.driver.findElements(By.cssSelector("ul.lessons button.approve"))).as("not her own").isEmpty();
            b.screenshot("reports-04-review");
        }

        try (Browser b = LEDGER.browser()) {
            b.signIn("milan");
            b.open(reportPage);
            b.click(By.xpath("//button[.='Approve and publish']"));
            b.waitText(By.cssSelector("ul.lessons li"), "published");
            assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("lessons-h");
            assertThat(b.driver.findElements(By.cssSelector("ul.lessons button.approve"))).isEmpty();
        }

        // a fresh browser, nobody signed in: the receipt alone
        try (Browser b = LEDGER.browser()) {
            b.open("#/receipt");
            WebElement lookup = b.waitFor(By.cssSelector("form.receipt-code-form"));
            assertThat(b.driver.switchTo().activeElement().getText()).isEqualTo("Follow your report");
            assertThat(b.driver.findElements(By.cssSelector("[data-testid=user]"))).isEmpty();
            b.fill(lookup, "Receipt code", code);
            b.click(By.xpath("//button[.='Show the report']"));
            b.waitText(By.id("report-h"), "Your report");
            assertThat(b.pageText()).contains(reply).contains("under review").contains("What changed because you spoke up")
                    .contains(title).doesNotContain("radka").doesNotContain("milan");
            b.assertEveryControlLabelled();
            b.screenshot("reports-05-receipt-without-sign-in");
            b.assertAccessible("a report on the receipt page");
        }

        // the approved lesson reads like a learning for the region; the figures count without a small number
        try (Browser b = LEDGER.browser()) {
            b.signIn("radka");
            b.open("#/feed");
            b.waitText(By.cssSelector("ol.feed li.feed-lesson"), title);
            b.open("#/landscape");
            b.waitText(By.cssSelector("table.lessons-table"), title);
            b.click(By.xpath("//nav//a[.='Report figures']"));
            b.waitText(By.cssSelector("main h1"), "How many reports came in");
            WebElement pardubice = b.waitFor(By.cssSelector("section.figures"));
            assertThat(pardubice.getText()).contains("Pardubice").contains("Near miss").contains("fewer than 5")
                    .doesNotContain("jana").doesNotContain("radka");
            assertThat(b.pageText()).contains("0 and 1 to 4 look the same");
            b.screenshot("reports-06-figures");
        }
        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            assertThat(b.driver.findElements(By.xpath("//nav//a[.='Report figures']"))).as("no figures for a member").isEmpty();
        }
    }

    /** Every text of reports exists in Czech and in English under the same keys. */
    @Test
    @SuppressWarnings("unchecked")
    void givenTheReportsCatalogue_whenItsLanguagesAreCompared_thenBothHaveTheSameKeys() {
        try (Browser b = LEDGER.browser()) {
            b.open("#/receipt");
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> keys = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/ui/messages/reports.js').then(({ REPORTS, t }) => {
                      const keys = (o) => Object.entries(o).map(([k, v]) => k + (typeof v === 'function' ? '/' + v.length : '')).sort();
                      const empty = Object.values(REPORTS).flatMap((o) => Object.values(o)).filter((v) => v === '').length;
                      document.documentElement.lang = 'cs';
                      const cs = [t('navSpeakUp'), t('NEAR_MISS'), t('tooMany', 5)];
                      document.documentElement.lang = 'en';
                      done({ en: keys(REPORTS.en), cs: keys(REPORTS.cs), empty, words: cs, english: [t('tooMany', 1)] });
                    }).catch((e) => done({ error: String(e) }));""");
            assertThat(keys).doesNotContainKey("error");
            assertThat((List<String>) keys.get("cs")).as("Czech keys, and each text's arguments").isEqualTo(keys.get("en"));
            assertThat(((List<String>) keys.get("en")).size()).isGreaterThan(60);
            assertThat(keys.get("empty")).isEqualTo(0L);
            assertThat(keys.get("words")).isEqualTo(List.of("Ozvat se", "Skoronehoda", "Příliš mnoho pokusů. Počkejte prosím 5 min a zkuste to znovu."));
            assertThat(keys.get("english")).isEqualTo(List.of("Too many tries. Please wait 1 minute and try again."));
            Map<String, Object> lessons = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/ui/messages/lessons.js').then(({ LESSONS, t }) => {
                      const keys = (o) => Object.entries(o).map(([k, v]) => k + (typeof v === 'function' ? '/' + v.length : '')).sort();
                      document.documentElement.lang = 'cs';
                      const cs = [t('navFigures'), t('fewerThan5'), t('REGION')];
                      document.documentElement.lang = 'en';
                      done({ en: keys(LESSONS.en), cs: keys(LESSONS.cs), words: cs });
                    }).catch((e) => done({ error: String(e) }));""");
            assertThat(lessons).doesNotContainKey("error");
            assertThat((List<String>) lessons.get("cs")).as("Czech keys of lessons and figures").isEqualTo(lessons.get("en"));
            assertThat(lessons.get("words")).isEqualTo(List.of("Počty hlášení", "méně než 5", "sdíleno s krajem"));
            Map<String, Object> reviews = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/ui/messages/casereviews.js').then(({ CASE_REVIEWS, t }) => {
                      const keys = (o) => Object.entries(o).map(([k, v]) => k + (typeof v === 'function' ? '/' + v.length : '')).sort();
                      const empty = Object.values(CASE_REVIEWS).flatMap((o) => Object.values(o)).filter((v) => v === '').length;
                      document.documentElement.lang = 'cs';
                      const cs = [t('navCaseReviews'), t('ORGANISATION'), t('overdue', 31)];
                      document.documentElement.lang = 'en';
                      done({ en: keys(CASE_REVIEWS.en), cs: keys(CASE_REVIEWS.cs), empty, words: cs });
                    }).catch((e) => done({ error: String(e) }));""");
            assertThat(reviews).doesNotContainKey("error");
            assertThat((List<String>) reviews.get("cs")).as("Czech keys of case reviews and challenges").isEqualTo(reviews.get("en"));
            assertThat(((List<String>) reviews.get("en")).size()).isGreaterThan(150);
            assertThat(reviews.get("empty")).isEqualTo(0L);
            assertThat(reviews.get("words")).isEqualTo(List.of("Rozbory případů", "organizace", "Bez odpovědi už 31 dní"));
        }
    }
}
