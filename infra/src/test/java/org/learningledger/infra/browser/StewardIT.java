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

/**
 * A steward's main path: the live feed of the region receives a publication while she watches; she opens it,
 * endorses it and invites the team to share it nationally; the team then sees both on its learnings page.
 */
class StewardIT {

    @RegisterExtension
    static final LedgerStackExtension LEDGER = new LedgerStackExtension();

    @Test
    void givenPavlaWatchingTheFeed_whenATeamOfHerRegionShares_thenItArrivesAndSheEndorsesAndInvites() {
        String title = "Shared agenda with both parents " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = LEDGER.browser()) {
            b.signIn("pavla");
            b.waitText(By.cssSelector("main h1"), "Pardubice");
            b.waitText(By.cssSelector(".feed-state"), "Live");

            // a team of her region shares while she watches
            Api jana = new Api(LEDGER.stack(), "jana");
            UUID learning = jana.draft(DemoOrganisation.PARDUBICE_CONFLICT.id(), title,
                    "Case conferences are shorter when both parents write the agenda.");
            jana.publish(learning, "REGION");
            By item = By.cssSelector(".feed-item[data-kind=published][data-learning='" + learning + "']");
            b.waitFor(item);
            assertThat(b.driver.findElement(item).getText()).contains(title).contains("Pardubice parental conflict team")
                    .contains("shared with the region");
            b.screenshot("06-steward-feed");

            // open it, endorse, invite
            b.click(By.cssSelector(".feed-item[data-learning='" + learning + "'] a"));
            b.waitText(By.cssSelector("article.learning h1"), title);
            b.waitText(By.cssSelector("[data-testid=evidence-status]"), "No experiments are given as evidence.");
            b.assertEveryControlLabelled();
            WebElement endorse = b.waitFor(By.cssSelector("form[aria-labelledby=endorse-form-h]"));
            b.fill(endorse, "A note for the team", "Worth trying in every team of the region.");
            b.click(By.xpath("//button[.='Endorse']"));
            b.waitText(By.cssSelector("section[aria-labelledby=endorse-h]"), "Worth trying in every team of the region.");
            b.click(By.xpath("//button[.='Invite to share nationally']"));
            b.waitText(By.cssSelector(".steward-actions"), "The team has been invited to share it with the whole country.");
            b.screenshot("07-steward-learning");

            // the endorsement reaches the feed too
            b.open("#/feed");
            b.waitFor(By.cssSelector(".feed-item[data-kind=endorsed][data-learning='" + learning + "']"));
        }

        // the team sees the invitation and the endorsement it received
        try (Browser b = LEDGER.browser()) {
            b.signIn("jana");
            b.open("#/team/" + DemoOrganisation.PARDUBICE_CONFLICT.id() + "/learnings");
            b.waitText(By.cssSelector("section[aria-labelledby=received-h]"), "invites the team to share");
            String received = b.driver.findElement(By.cssSelector("section[aria-labelledby=received-h]")).getText();
            assertThat(received).contains(title).contains("Worth trying in every team of the region.")
                    .contains("the whole country");
            b.screenshot("08-team-learnings-received");
        }
    }

    /**
     * The feed's own client in the real browser, with the network replaced: the first stream ends after two
     * events (one split across chunks, with CRLF line ends and a heartbeat comment); the client reconnects by
     * itself and sends Last-Event-ID with the last id it got.
     */
    @Test
    @SuppressWarnings("unchecked")
    void givenTheFeedStreamEnds_whenTheClientReconnects_thenItResumesAfterTheLastEventItGot() {
        try (Browser b = LEDGER.browser()) {
            b.signIn("pavla");
            b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Map<String, Object> result = (Map<String, Object>) b.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const enc = new TextEncoder();
                    const calls = [], events = [], states = [];
                    const streams = [
                      ['retry: 50\\r\\nid: 7\\r\\nevent: published\\r\\ndata: {"title":', '"one"}\\r\\n\\r\\n: heartbeat\\n\\nid: 9\\nevent: endo',
                       'rsed\\ndata: {"note":\\ndata: "two"}\\n\\n'],
                      ['id: 12\\nevent: published\\ndata: {"title":"three"}\\n\\n'],
                    ];
                    window.fetch = (url, init) => {
                      calls.push({ url: String(url), lastEventId: (init.headers || {})['Last-Event-ID'] || null });
                      const parts = streams[calls.length - 1] || [];
                      const body = new ReadableStream({ start(c) { parts.forEach((p) => c.enqueue(enc.encode(p))); if (calls.length < 2) c.close(); } });
                      return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
                    };
                    import('/ui/sse.js').then(({ follow }) => {
                      const feed = follow('/api/feed', {
                        onState: (s) => states.push(s),
                        onEvent: (e) => {
                          events.push({ id: e.id, event: e.event, data: JSON.parse(e.data) });
                          if (events.length === 3) { feed.close(); done({ calls, events, states }); }
                        },
                      });
                    }).catch((e) => done({ error: String(e) }));
                    """);
            assertThat(result).doesNotContainKey("error");
            List<Map<String, Object>> events = (List<Map<String, Object>>) result.get("events");
            assertThat(events).extracting(e -> e.get("id")).containsExactly("7", "9", "12");
            assertThat(events).extracting(e -> e.get("event")).containsExactly("published", "endorsed", "published");
            assertThat(events.get(1).get("data")).isEqualTo(Map.of("note", "two"));
            List<Map<String, Object>> calls = (List<Map<String, Object>>) result.get("calls");
            assertThat(calls).hasSize(2);
            assertThat(calls.get(0).get("lastEventId")).isNull();
            assertThat(calls.get(1).get("lastEventId")).isEqualTo("9");
            assertThat((List<String>) result.get("states")).containsSubsequence("open", "reconnecting", "open");
        }
    }
}
