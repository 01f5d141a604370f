package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningledger.events.LedgerCalendar;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A social worker's main path in the browser: sign in with the keyboard, propose, start, record observations
 * (a child's voice; a measure without its number is refused in plain words next to the field), conclude; draft a
 * learning, have the de-identification guard refuse it with each finding marked in the text, fix it, share it.
 */
class TeamMemberIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    void givenJana_whenSheRunsAnExperimentAndSharesALearning_thenEveryStepShowsAndIdentifyingDetailsAreMarked() {
        try (Browser b = LEDGER.browser()) {
            // without the sign-in link the local issuer gives no token: the page says how to get the link
            b.open("");
            b.waitText(By.cssSelector("main .sign-in-key"), "infra/ledger up");
            assertThat(b.driver.findElements(By.cssSelector("button[data-user]"))).isEmpty();
            b.openSignInLink();
            b.waitFor(By.cssSelector("button[data-user='jana']"));
            assertThat(b.driver.getCurrentUrl()).as("the key leaves the address bar").doesNotContain("key=");
            b.assertEveryControlLabelled();
            b.screenshot("01-sign-in");
            b.tabToAndPress(By.cssSelector("button[data-user='jana']"));
            b.waitText(By.cssSelector("[data-testid=user]"), "jana");

            // jana is in two teams: the menu leads to each; the team's experiments by stage, the seeded ones in place
            b.click(By.xpath("//nav[@id='nav']//a[.='Pardubice parental conflict team']"));
            b.waitText(By.cssSelector("main h1"), "Pardubice parental conflict team");
            b.waitText(By.cssSelector("[data-stage=STARTED]"), "short video calls");
            b.waitText(By.cssSelector("[data-stage=CONCLUDED]"), "shared agenda");
            b.screenshot("02-team-experiments");

            // propose
            String question = "Does a walk with the child before the meeting help? " + UUID.randomUUID().toString().substring(0, 8);
            b.click(By.xpath("//summary[contains(., 'Propose an experiment')]"));
            WebElement propose = b.waitFor(By.cssSelector("form[aria-label='Propose an experiment']"));
            b.assertEveryControlLabelled();
            b.fill(propose, "What do you want to find out?", question);
            b.fill(propose, "What do you expect to happen?", "The child speaks more freely");
            b.fill(propose, "What will you change, and with whom?", "A short walk with the next five children");
            b.fill(propose, "What will you observe or count?", "What the children say");
            b.click(By.xpath("//button[.='Propose the experiment']"));
            b.waitText(By.cssSelector("article.experiment h2"), question);
            b.waitText(By.cssSelector("article.experiment .badge"), "Planned");

            // start
            b.click(By.xpath("//button[.='Start the experiment']"));
            b.waitText(By.cssSelector("article.experiment .badge"), "Running");

            // a measure without its number: refused, in plain words, next to the field
            WebElement observe = b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]"));
            b.click(By.xpath("//label[starts-with(., 'Measure')]"));
            b.fill(observe, "What was seen or said", "Minutes the child talked");
            b.click(By.xpath("//button[.='Record the observation']"));
            b.waitText(By.cssSelector("form[aria-labelledby=observe-h] .field[data-field=value] .field-error"), "A measure needs a number.");
            assertThat(b.driver.findElement(By.cssSelector("form[aria-labelledby=observe-h] .form-error")).getAttribute("role"))
                    .isEqualTo("alert");
            b.fill(b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]")), "The number", "12");
            b.click(By.xpath("//button[.='Record the observation']"));
            b.waitText(By.cssSelector(".observations"), "Minutes the child talked");

            // the child's voice
            b.click(By.xpath("//label[starts-with(., 'A child’s voice')]"));
            b.fill(b.waitFor(By.cssSelector("form[aria-labelledby=observe-h]")), "What was seen or said",
                    "Walking first made it easier to say what I wanted.");
            b.click(By.xpath("//button[.='Record the observation']"));
            b.waitText(By.cssSelector(".observations .obs-child_voice blockquote"), "Walking first made it easier");
            // left empty, the day observed is the day recorded, in the ledger's calendar
            b.waitText(By.cssSelector(".observations .obs-child_voice .observed-on"), "Observed on");
            assertThat(b.driver.findElement(By.cssSelector(".observations .obs-child_voice .observed-on time"))
                    .getAttribute("datetime")).isEqualTo(LedgerCalendar.dateOf(Instant.now()).toString());

            // conclude
            b.click(By.xpath("//label[starts-with(., 'Adapt')]"));
            b.fill(b.waitFor(By.cssSelector("form[aria-labelledby=conclude-h]")), "What happened, and why this decision?",
                    "Children said more; keep the walk but make it shorter.");
            b.click(By.xpath("//button[.='Conclude']"));
            b.waitText(By.cssSelector("article.experiment .badge"), "Concluded");
            b.waitText(By.cssSelector("article.experiment .facts"), "Adapt: Children said more");
            b.screenshot("03-experiment-concluded");

            // draft a learning with this experiment as evidence, and text that would identify someone
            b.click(By.xpath("//nav[@aria-label='Team']//a[.='Learnings']"));
            b.click(By.xpath("//summary[contains(., 'Draft a learning')]"));
            WebElement draft = b.waitFor(By.cssSelector("form[aria-label='Draft a learning']"));
            b.assertEveryControlLabelled();
            String title = "A walk before the meeting " + UUID.randomUUID().toString().substring(0, 8);
            String summary = "Children talk more after a walk. Call 777 123 456 or write to jana.novakova@example.org for the plan.";
            b.fill(draft, "Title", title);
            b.fill(draft, "What did you learn?", summary);
            b.fill(draft, "What do you do now (the practice)?", "A ten-minute walk with the child before every meeting.");
            b.click(By.xpath("//form[@aria-label='Draft a learning']//label[contains(., '" + question.substring(0, 40) + "')]"));
            b.click(By.xpath("//button[.='Save the draft']"));
            b.waitText(By.cssSelector("article.learning-edit h2"), title);

            // share: refused; each finding is marked where it is in the text
            b.click(By.xpath("//label[starts-with(., 'The region')]"));
            b.click(By.xpath("//button[.='Share']"));
            b.waitFor(By.cssSelector(".findings"));
            List<WebElement> marks = b.driver.findElements(By.cssSelector(".findings .finding-field[data-field=summary] mark.finding"));
            assertThat(marks).hasSize(2);
            assertMark(marks.get(0), summary, "777 123 456", "phone");
            assertMark(marks.get(1), summary, "jana.novakova@example.org", "email");
            assertThat(b.driver.findElement(By.cssSelector(".findings")).getText())
                    .contains("looks like a phone number").contains("looks like an e-mail address");
            assertThat(b.driver.findElement(By.cssSelector("form[aria-labelledby=edit-h] .field[data-field=summary] .field-error")).getText())
                    .contains("2 details here could identify someone");
            b.screenshot("04-learning-refused-findings");

            // "Show it in the form" selects the place in the text
            b.click(By.xpath("(//section[contains(@class,'findings')]//button[.='Show it in the form'])[1]"));
            WebElement summaryField = b.byLabel(b.waitFor(By.cssSelector("form[aria-labelledby=edit-h]")), "What did you learn?");
            assertThat(summaryField.getAttribute("selectionStart")).isEqualTo(String.valueOf(summary.indexOf("777 123 456")));

            // fix it and share again
            b.fill(b.waitFor(By.cssSelector("form[aria-labelledby=edit-h]")), "What did you learn?",
                    "Children talk more after a walk. The team shares the plan on request.");
            b.click(By.xpath("//button[.='Share']"));
            b.waitText(By.cssSelector("article.learning-edit .badge"), "shared with the region");
            assertThat(b.driver.findElements(By.cssSelector(".findings"))).isEmpty();
            b.screenshot("05-learning-shared");
        }
    }

    private static void assertMark(WebElement mark, String text, String expected, String rule) {
        int start = text.indexOf(expected);
        assertThat(mark.getAttribute("data-start")).isEqualTo(String.valueOf(start));
        assertThat(mark.getAttribute("data-end")).isEqualTo(String.valueOf(start + expected.length()));
        assertThat(mark.getAttribute("data-rule")).isEqualTo(rule);
        assertThat(mark.getText()).startsWith(expected);
    }
}
