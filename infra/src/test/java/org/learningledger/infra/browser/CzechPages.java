package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.openqa.selenium.By;

/** Checks that the interface speaks Czech and English alike: every catalogue, and the text of a part of a page. */
final class CzechPages {

    /** The web interface's message catalogues, in the tree whose services the browser tests run. */
    static final Path CATALOGUES = Path.of("..", "query-service", "src", "main", "resources", "static", "ui", "messages");

    private CzechPages() {
    }

    /** Every messages/*.js by name ("app", "problems", ...): a new catalogue is checked without being listed. */
    static List<String> catalogueNames() {
        try (Stream<Path> files = Files.list(CATALOGUES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each catalogue module, imported in the browser: every `{ en, cs }` it exports has the same keys (and the same
     * number of arguments per text) in both languages, none empty; so has every { cs, en } text of labels.js. A text
     * missing in either language fails.
     */
    @SuppressWarnings("unchecked")
    static void assertEveryCatalogueHasBothLanguages(Browser b) {
        List<String> names = catalogueNames();
        assertThat(names).as("the catalogues in " + CATALOGUES.toAbsolutePath()).contains("app", "problems", "reading", "landscape");
        b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Map<String, Object> found = (Map<String, Object>) b.driver.executeAsyncScript("""
                const names = arguments[0];
                const done = arguments[arguments.length - 1];
                const keys = (o) => Object.entries(o).map(([k, v]) => k + (typeof v === 'function' ? '/' + v.length : '')).sort();
                Promise.all(names.map((n) => import('/ui/messages/' + n + '.js'))).then((modules) => {
                  done(Object.fromEntries(modules.flatMap((m, i) => Object.entries(m)
                    .filter(([, c]) => c && typeof c === 'object' && c.en && c.cs)
                    .map(([name, c]) => [names[i] + '.' + name, { en: keys(c.en), cs: keys(c.cs),
                      empty: Object.entries(c.en).concat(Object.entries(c.cs)).filter(([, v]) => !v).map(([k]) => k) }]))));
                }).catch((e) => done({ error: String(e) }));""", names);
        assertThat(found).doesNotContainKey("error");
        assertThat(found.keySet()).as("one catalogue at least in every module")
                .allSatisfy(k -> assertThat(names).contains(k.substring(0, k.indexOf('.'))))
                .hasSizeGreaterThanOrEqualTo(names.size());
        assertThat(names).allSatisfy(n -> assertThat(found.keySet()).as(n + ".js exports { en, cs }").anyMatch(k -> k.startsWith(n + ".")));
        found.forEach((name, value) -> {
            Map<String, Object> catalogue = (Map<String, Object>) value;
            assertThat((List<String>) catalogue.get("cs")).as(name + ": the same keys in Czech and English")
                    .isEqualTo(catalogue.get("en")).isNotEmpty();
            assertThat((List<String>) catalogue.get("empty")).as(name + ": no empty text").isEmpty();
        });
        // labels.js keeps the codes' texts as { cs, en } pairs: each has both, none empty
        Object missing = b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const missing = [];
                const walk = (o, path) => {
                  if (!o || typeof o !== 'object' || Array.isArray(o)) return;
                  if ('cs' in o || 'en' in o) { if (!o.cs || !o.en) missing.push(path); return; }
                  Object.entries(o).forEach(([k, v]) => walk(v, path + '.' + k));
                };
                import('/ui/labels.js').then((m) => { Object.entries(m).forEach(([k, v]) => walk(v, k)); done(missing); })
                  .catch((e) => done(['error: ' + e]));""");
        assertThat((List<String>) missing).as("labels.js: texts without Czech or English").isEmpty();
    }

    /** The visible text of the first element found, once it holds {@code expected}. */
    static String textOnce(Browser b, By by, String expected) {
        b.waitText(by, expected);
        return b.driver.findElement(by).getText();
    }

    /** The visible text of the elements the selector finds, one per line. */
    static String interfaceText(Browser b, String selector) {
        return (String) b.driver.executeScript(
                "return [...document.querySelectorAll(arguments[0])].map((e) => e.innerText).join('\\n');", selector);
    }

    /** The steward's feed in Czech, once the learning's publication is on it. */
    static void assertFeedInCzech(Browser b, SoftAssertions soft, UUID learning) {
        b.waitText(By.cssSelector("main h1"), "Co sdílejí týmy Pardubického kraje");
        b.waitText(By.cssSelector(".feed-state"), "Živě");
        String item = textOnce(b, By.cssSelector(".feed-item[data-kind=published][data-learning='" + learning + "']"), "sdílel");
        soft.assertThat(item).as("a feed item").contains("sdíleno s krajem").doesNotContain("shared", "version");
        soft.assertThat(interfaceText(b, "main h1, main .toolbar, .feed-state, #nav")).as("the feed").contains("Zobrazit", "Dění v kraji")
                .doesNotContain("What teams of", "Live:", "Show", "Region feed", "Everything I can see");
    }

    /** A shared learning in Czech: facts, evidence, endorsements, the steward's actions, the timeline and its spread. */
    static void assertLearningInCzech(Browser b, SoftAssertions soft) {
        b.waitText(By.id("timeline-h"), "Časová osa a šíření");
        b.waitFor(By.cssSelector("ol.timeline li"));
        b.waitText(By.cssSelector(".chart-figure .legend"), "Týmy, které to vyzkoušely");
        String page = b.driver.findElement(By.cssSelector("article.learning")).getText();
        soft.assertThat(page).as("the learning").contains("Co se tým naučil", "Podklady", "Jako podklad není uvedený žádný experiment.",
                "Doporučení", "Zatím žádné.", "Jako krajský koordinátor (steward)", "Doporučit tento poznatek", "Pozvat ke sdílení s celou republikou",
                "Časová osa a šíření", "ověřeno jiným poznatkem", "Čísla jako tabulka");
        soft.assertThat(page).as("no English left on the learning").doesNotContain("Nothing on the timeline", "Endorsements", "Evidence",
                "Timeline and spread", "As a steward", "None yet.", "What the team learned", "No experiments", "Endorse", "Invite",
                "The numbers as a table", "reached", "validated by", "version");
    }

    /** The landscape in Czech, once the learning is in its table. */
    static void assertLandscapeInCzech(Browser b, SoftAssertions soft, UUID learning) {
        b.waitFor(By.cssSelector(".landscape-table tr[data-learning='" + learning + "']"));
        b.wait.until(d -> d.findElements(By.cssSelector(".flows .loading")).isEmpty());
        // headings, labels and sentences of the page, not the titles other tests shared (those are English)
        String page = interfaceText(b, "main h1, main h2, main h3, main thead, main label, main button, main .hint, .landscape-result > p");
        soft.assertThat(page).as("the landscape").contains("Sdílené poznatky", "Co se sdílelo", "Ke dni", "sdílen", "Poznatek", "Tým", "Kraj",
                "Zaměření", "Sdíleno s", "Jak se poznatek šířil", "Jak poznatky putovaly mezi kraji", "Stáhnout CSV");
        soft.assertThat(page).as("no English left on the landscape").doesNotContain("Flows between regions", "What was shared", "As of",
                "How a learning spread", "Shared with", "Focus", "Nothing here ranks", "Download CSV", "Export for", "choose a learning");
    }
}
