package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningledger.infra.DemoOrganisation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Case reviews and challenges (issue 16) in the browser: radka, a learning reviewer of Pardubice, opens an
 * after-action review, adds a participant, records an episode, a finding (refused without a factor, next to the
 * factors) and an issue for the board, and proposes the snapshot for the region, which shows that the chronology
 * and participants are not shared; she cannot approve her own proposal and is told why; milan approves it. jana, a
 * member of a Pardubice team, reads the published findings and issues without the chronology or who took part, and
 * raises a challenge for her team; pavla, the region's steward, answers it, and the answer is shown with it.
 */
class CaseReviewsBrowserIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    private static String active(Browser b, String attribute) {
        return b.driver.switchTo().activeElement().getAttribute(attribute);
    }

    @Test
    void givenReviewersOfPardubice_whenTheyPublishACaseReview_thenTeamsReadItsFindingsAndAChallengeIsAnswered() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "A home visit missed after the family moved " + suffix;
        String episode = "The file stayed with the old office for two weeks " + suffix;
        String finding = "Transfers between offices have no named hand-over step " + suffix;
        String issue = "How does the board want files to move between offices? " + suffix;
        String target = "The 30-day assessment target " + suffix;
        String page;
        try (Browser b = LEDGER.browser()) {
            b.signIn("radka");
            b.click(By.xpath("//nav//a[.='Case reviews']"));
            b.waitText(By.cssSelector("main h1"), "Case reviews");
            b.wait.until(d -> "Case reviews".equals(active(b, "textContent"))); // once the page has loaded
            WebElement open = b.waitFor(By.cssSelector("form.open-case-review"));
            b.assertEveryControlLabelled();
            new Select(b.byLabel(open, "Kind of review")).selectByVisibleText("After-action review");
            b.fill(open, "Title", title);
            b.click(By.xpath("//button[.='Open the review']"));
            b.waitText(By.cssSelector("main h1"), title);
            assertThat(active(b, "textContent")).isEqualTo(title);
            page = b.driver.getCurrentUrl().replaceAll("^.*#", "#");
            b.assertEveryControlLabelled();

            WebElement add = b.waitFor(By.cssSelector("form.add-participant"));
            b.fill(add, "Sign-in name", "eva");
            new Select(b.byLabel(add, "Role")).selectByVisibleText("case group");
            b.click(By.xpath("//button[.='Add']"));
            b.waitText(By.cssSelector("ul.participant-list"), "eva · case group");
            assertThat(active(b, "id")).isEqualTo("participants-h");

            WebElement ep = b.waitFor(By.cssSelector("form.episode"));
            b.driver.executeScript("arguments[0].value = arguments[1]", b.byLabel(ep, "When"), LocalDate.now().minusDays(40).toString());
            b.fill(ep, "What happened", episode);
            b.fill(ep, "Why it made sense at the time", "The move was not yet in the register, so nobody knew.");
            b.click(By.xpath("//button[.='Record the episode']"));
            b.waitText(By.cssSelector("ol.chronology-list"), episode);
            assertThat(active(b, "id")).isEqualTo("chronology-h");

            // no factor: refused next to the factors, nothing recorded
            b.fill(b.waitFor(By.cssSelector("form.finding")), "Finding", finding);
            b.click(By.xpath("//button[.='Record the finding']"));
            b.waitText(By.cssSelector("form.finding .field[data-field=factors] .field-error"), "Please choose at least one.");
            assertThat(active(b, "name")).isEqualTo("factors");
            WebElement fin = b.driver.findElement(By.cssSelector("form.finding"));
            fin.findElement(By.xpath(".//label[.='organisation']")).click();
            fin.findElement(By.xpath(".//label[.='task']")).click();
            b.click(By.xpath("//button[.='Record the finding']"));
            b.waitText(By.cssSelector("ul.finding-list"), finding);
            assertThat(b.driver.findElement(By.cssSelector("ul.finding-list .factors")).getText()).contains("task").contains("organisation");
            assertThat(active(b, "id")).isEqualTo("findings-h");

            // a person's name in a question for the board: refused at once, next to the question
            b.fill(b.waitFor(By.cssSelector("form.issue")), "Question for the board", "Why did Anička Veselá wait so long?");
            b.click(By.xpath("//button[.='Raise the issue']"));
            b.waitText(By.cssSelector("form.issue .field[data-field=question] .field-error"), "could identify someone: a person’s name");
            assertThat(active(b, "name")).isEqualTo("question");
            b.fill(b.driver.findElement(By.cssSelector("form.issue")), "Question for the board", issue);
            b.click(By.xpath("//button[.='Raise the issue']"));
            b.waitText(By.cssSelector("ul.issue-list"), issue);
            assertThat(active(b, "id")).isEqualTo("issues-h");

            // a correction is an addendum under what it corrects
            WebElement fix = b.waitFor(By.cssSelector("form.addendum"));
            new Select(b.byLabel(fix, "It refers to")).selectByIndex(1); // the finding, after the episode
            b.fill(fix, "Correction or addition", "The hand-over step exists on paper but not in the system " + suffix);
            b.click(By.xpath("//button[.='Add the correction']"));
            b.waitText(By.cssSelector("ul.finding-list .addenda"), "exists on paper but not in the system " + suffix);
            assertThat(active(b, "id")).isEqualTo("addenda-h");

            new Select(b.byLabel(b.waitFor(By.cssSelector("form.propose")), "Share with")).selectByVisibleText("the region");
            b.click(By.xpath("//form[contains(@class,'propose')]//button[.='Propose the snapshot']"));
            b.waitText(By.cssSelector("ol.versions"), "Version 1 for the region");
            assertThat(active(b, "id")).isEqualTo("publication-h");
            assertThat(b.driver.findElement(By.cssSelector(".not-shared")).getText())
                    .isEqualTo("Not shared: the chronology (1 episode) and who took part (2 participants).");
            assertThat(b.driver.findElement(By.cssSelector(".snapshot-preview")).getText()).contains(finding).contains(issue)
                    .contains("exists on paper but not in the system")
                    .doesNotContain(episode).doesNotContain("eva");
            assertThat(b.driver.findElement(By.cssSelector("ol.versions")).getText())
                    .contains("You proposed this version, so you cannot approve it");
            assertThat(b.driver.findElements(By.cssSelector("ol.versions button.approve"))).as("not her own").isEmpty();
            b.assertEveryControlLabelled();
            b.screenshot("case-review-01-workspace");
            b.assertAccessibleInBothLanguages("a case review's workspace");
        }

        try (Browser b = LEDGER.browser()) {
            b.signIn("milan");
            b.open(page);
            b.waitFor(By.cssSelector("main h1"));
            b.tabToAndPress(By.xpath("//button[.='Approve and publish version 1']")); // the keyboard alone
            b.waitText(By.cssSelector("ol.versions"), "approved by milan");
            assertThat(active(b, "id")).isEqualTo("publication-h");
        }

        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.open(page);
            b.waitText(By.cssSelector("main h1"), title);
            b.waitText(By.cssSelector("ul.finding-list"), finding);
            assertThat(b.pageText()).contains(issue).contains("exists on paper but not in the system").contains("organisation").contains("shared with the region")
                    .doesNotContain(episode).doesNotContain("Chronology").doesNotContain("Participants").doesNotContain("case group")
                    .doesNotContain("radka");
            b.assertEveryControlLabelled();
            b.screenshot("case-review-02-published");
            b.click(By.xpath("//nav//a[.='Case reviews']"));
            b.waitText(By.cssSelector("ul.case-review-list.shared"), title);
            assertThat(b.driver.findElements(By.cssSelector("form.open-case-review"))).as("no reviewer").isEmpty();

            b.click(By.xpath("//nav//a[.='Challenges']"));
            b.waitText(By.cssSelector("main h1"), "Challenges to targets and rules");
            WebElement raise = b.waitFor(By.cssSelector("form.raise-challenge"));
            b.assertEveryControlLabelled();
            new Select(b.byLabel(raise, "Raised by")).selectByVisibleText("my team: " + DemoOrganisation.PARDUBICE_CONFLICT.name());
            WebElement cite = raise.findElement(By.xpath(".//fieldset[@data-field='evidence']//label[starts-with(., '" + DemoOrganisation.PARDUBICE_CONFLICT.name() + ": ')]"));
            String cited = cite.getText().replace(DemoOrganisation.PARDUBICE_CONFLICT.name() + ": ", "");
            cite.click();
            b.fill(raise, "Which target, rule or assumption?", target);
            b.fill(raise, "What does it make happen that should not?", "Assessments are closed early to meet the date.");
            b.click(By.xpath("//button[.='Raise the challenge']"));
            b.waitText(By.cssSelector("ul.challenge-list"), target);
            assertThat(active(b, "id")).startsWith("challenge-h-");
            assertThat(b.driver.switchTo().activeElement().getText()).isEqualTo(target);
            assertThat(b.driver.findElement(By.xpath("//article[.//a[.='" + target + "']]//p[contains(@class,'evidence')]")).getText())
                    .startsWith("Evidence cited: 1").contains(cited);
        }

        try (Browser b = LEDGER.browser()) {
            b.signIn("pavla");
            b.open("#/challenges");
            By card = By.xpath("//article[contains(@class,'challenge-card')][.//a[.='" + target + "']]");
            b.waitText(card, "Waiting for an answer (0 days)");
            WebElement answer = b.driver.findElement(card).findElement(By.cssSelector("form.answer-challenge"));
            new Select(b.byLabel(answer, "The answer")).selectByVisibleText("kept");
            b.fill(answer, "Why", "The target is national; we report its effect to the ministry.");
            b.driver.executeScript("arguments[0].value = arguments[1]", b.byLabel(answer, "Outcome review on"),
                    LocalDate.now().plusDays(30).toString());
            b.click(By.xpath("//article[.//a[.='" + target + "']]//button[.='Send the answer']"));
            b.waitText(card, "Answer: kept");
            assertThat(b.driver.findElement(card).getText()).contains("we report its effect to the ministry")
                    .doesNotContain("Waiting for an answer").doesNotContain("jana");
            assertThat(active(b, "id")).startsWith("challenge-h-");
            b.assertEveryControlLabelled();
            b.screenshot("case-review-03-challenge-answered");
            b.assertAccessibleInBothLanguages("the challenges");
            b.assertAccessibleOnAPhone("the challenges");
            b.open("#/feed");
            b.waitText(By.cssSelector("ol.feed"), "A challenge was answered: kept");
            b.waitText(By.cssSelector("ol.feed li.feed-case-review"), title);
        }
    }
}
