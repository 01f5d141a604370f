package org.learningledger.infra.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.events.LedgerJson;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Loading figures of the web interface's pages (issue 13, item 7), as the page itself reports them (Resource Timing:
 * requests and bytes transferred, the page's own address included) and the time from navigation until the page's
 * main content is in the document (a mark set by an observer that DevTools adds before any script of the page runs,
 * so nothing of the interface is changed for it). A first visit starts with the browser's cache cleared; a return
 * visit is the same page opened again. The service worker is bypassed, so the HTTP caching is what is measured.
 */
final class PageFigures {

    static final Path FILE = Path.of("target", "page-figures.json");

    /** Marks "main-content" once an element matching localStorage['figures.selector'] is in the document. */
    private static final String OBSERVER = """
            (() => {
              let selector;
              try { selector = localStorage.getItem('figures.selector'); } catch (e) { return; }
              if (!selector) return;
              const check = () => {
                if (document.querySelector(selector) && !performance.getEntriesByName('main-content').length) {
                  performance.mark('main-content');
                }
              };
              new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
            })();""";

    /** What was fetched until the mark: the navigation and every resource that started before it. */
    private static final String FIGURES = """
            const mark = performance.getEntriesByName('main-content')[0];
            const nav = performance.getEntriesByType('navigation')[0];
            const shown = [nav, ...performance.getEntriesByType('resource').filter((r) => r.startTime <= mark.startTime)];
            const ui = shown.filter((r) => new URL(r.name).pathname.startsWith('/ui/'));
            return {
              requests: shown.length,
              transferred: shown.reduce((sum, r) => sum + (r.transferSize || 0), 0),
              mainContentMs: Math.round(mark.startTime),
              uiFiles: ui.length,
              uiFromNetwork: ui.filter((r) => r.transferSize > 0).map((r) => new URL(r.name).pathname),
              uiCompressed: ui.filter((r) => r.encodedBodySize > 0 && r.encodedBodySize < r.decodedBodySize).length,
            };""";

    private final Browser browser;
    private final BrowserStack stack;
    private final Map<String, Object> pages = new LinkedHashMap<>();

    PageFigures(Browser browser, BrowserStack stack) {
        this.browser = browser;
        this.stack = stack;
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
        // What a page gets through its service worker is reported as transferred by nobody (the worker's own requests
        // are not the page's): bypassed, every request is the page's, from the network or the browser's HTTP cache.
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
    }

    /** The page at {@code route} on a first visit and on a return visit; its main content matches {@code selector}. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> measure(String name, String route, String selector) {
        Map<String, Object> first = load(route, selector, true);
        Map<String, Object> again = load(route, selector, false);
        Map<String, Object> page = new LinkedHashMap<>(Map.of("route", route.replaceAll("[0-9a-f-]{36}", "{id}").replaceAll("key=.*", "key=…")));
        page.put("firstVisit", first);
        page.put("returnVisit", again);
        pages.put(name, page);
        System.out.printf("[page figures] %-18s first: %3s requests, %8s bytes, %5s ms | again: %3s requests, %8s bytes, %5s ms%n",
                name, first.get("requests"), first.get("transferred"), first.get("mainContentMs"),
                again.get("requests"), again.get("transferred"), again.get("mainContentMs"));
        return Map.of("firstVisit", first, "returnVisit", again);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> load(String route, String selector, boolean fresh) {
        browser.driver.get(stack.uiUrl("actuator/health"));
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                localStorage.setItem('figures.selector', arguments[0]);
                if (!arguments[1]) { done(); return; }
                Promise.all([navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))),
                  caches.keys().then((ks) => Promise.all(ks.map((k) => caches.delete(k))))]).then(() => done(), () => done());""",
                selector, fresh);
        if (fresh) {
            browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        browser.driver.get(stack.uiUrl(route));
        new WebDriverWait(browser.driver, Duration.ofSeconds(45), Duration.ofMillis(50)).until(d ->
                (Boolean) browser.driver.executeScript("return performance.getEntriesByName('main-content').length > 0"));
        sleep(); // what started before the mark has time to finish and be counted
        Map<String, Object> figures = new LinkedHashMap<>((Map<String, Object>) browser.driver.executeScript(FIGURES));
        browser.driver.executeScript("localStorage.removeItem('figures.selector')");
        return figures;
    }

    /** Writes every page's figures to target/page-figures.json. */
    Path write() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    Map.of("machine", "2 cores, loopback: time is a floor, not mobile data", "pages", pages)));
            return FILE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> names() {
        return new ArrayList<>(pages.keySet());
    }

    private static void sleep() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
