package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningledger.infra.DemoOrganisation;
import org.openqa.selenium.By;

/**
 * A member of one team never sees another team's drafts or experiments anywhere in the interface: not in the
 * menus, not on her own pages, not by typing the other team's addresses, not in the shared lists or the feed, not
 * in a search.
 */
class TeamPrivacyIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    void givenJanasTeamDraftAndExperiment_whenEvaOrKarelLooksEverywhere_thenNeitherIsEverShown() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String draftTitle = "Private draft " + tag;
        String question = "Private experiment " + tag;
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        Api jana = new Api(LEDGER.stack(), "jana");
        UUID draft = jana.draft(team, draftTitle, "Only the team may read this.");
        UUID experiment = jana.propose(team, question);
        // both are in the read model, so not seeing them below means being refused them
        jana.awaitQuery("/api/learnings/" + draft, l -> l.path("draft").path("title").asString("").equals(draftTitle));
        jana.awaitQuery("/api/experiments/" + experiment, x -> x.path("question").asString("").equals(question));

        // eva: Chrudim, another team of the same region; karel: Třebíč, another region
        for (String user : new String[] {"eva", "karel"}) {
            try (Browser b = LEDGER.browser()) {
                b.signIn(user);
                assertThat(b.driver.findElement(By.id("nav")).getText()).doesNotContain(DemoOrganisation.PARDUBICE_CONFLICT.name());
                assertThat(b.pageText()).doesNotContain(draftTitle).doesNotContain(question);

                b.open("#/team/" + team);
                b.waitText(By.cssSelector("main h1"), "Not found");
                b.open("#/team/" + team + "/experiments/" + experiment);
                b.waitText(By.cssSelector("main h1"), "Not found");
                b.open("#/team/" + team + "/learnings/" + draft);
                b.waitText(By.cssSelector("main h1"), "Not found");
                b.open("#/learning/" + draft);
                b.waitText(By.cssSelector("article.learning"), "could not be shown");
                assertThat(b.pageText()).doesNotContain(draftTitle);
                if (user.equals("eva")) {
                    b.screenshot("10-other-team-not-found");
                }

                b.open("#/landscape");
                b.waitFor(By.cssSelector(".landscape-result p"));
                b.open("#/feed");
                b.waitFor(By.cssSelector(".feed-state[data-state=open]"));
                b.wait.until(d -> !d.findElement(By.tagName("main")).getText().contains("Connecting"));
                assertThat(b.driver.getPageSource()).doesNotContain(draftTitle).doesNotContain(question)
                        .doesNotContain(draft.toString()).doesNotContain(experiment.toString());
            }
        }
    }

    @Test
    void givenJanasTeamExperimentAndDraft_whenJanaAndTheStewardSearchWithoutDiacritics_thenOnlyJanaFindsThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String question = "Škola v přírodě " + tag + "?";
        String draftTitle = "Dítě a škola " + tag;
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        Api jana = new Api(LEDGER.stack(), "jana");
        UUID experiment = jana.propose(team, question);
        UUID draft = jana.draft(team, draftTitle, "Only the team may read this.");
        jana.awaitQuery("/api/learnings/" + draft, l -> l.path("draft").path("title").asString("").equals(draftTitle));
        jana.awaitQuery("/api/experiments/" + experiment, x -> x.path("question").asString("").equals(question));

        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.click(By.cssSelector("#nav a[href='#/search']"));
            b.fill(b.waitFor(By.cssSelector("form[role=search]")), "Words to find", "skola " + tag);
            b.click(By.cssSelector("form[role=search] button[type=submit]"));
            b.waitText(By.cssSelector("[data-testid=search-count]"), "2 results");
            assertThat(b.driver.findElement(By.cssSelector(".search-hit[data-id='" + experiment + "'] h2")).getText())
                    .isEqualTo(question);
            assertThat(b.driver.findElement(By.cssSelector(".search-hit[data-id='" + draft + "']")).getText())
                    .contains(draftTitle);
            b.screenshot("11-member-search");
        }
        try (Browser b = LEDGER.browser()) {
            b.signIn("pavla"); // the steward of Jana's region: shared learning only, never a team's draft
            b.open("#/search?q=dite%20" + tag);
            b.waitText(By.cssSelector("[data-testid=search-count]"), "Nothing found");
            assertThat(b.driver.getPageSource()).doesNotContain(draftTitle).doesNotContain(draft.toString());
        }
    }
}
