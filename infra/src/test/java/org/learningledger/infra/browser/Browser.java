package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver (never a downloaded browser), a fresh profile per
 * browser, a window the size of a tablet held upright (768 px wide); helpers in the words of the tests.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final BrowserStack stack;
    private final Path profile;
    /** The time this browser spent in accessibility checks (printed on close: the suite's budget is tight). */
    private long axeNanos;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the test without a browser, or fails it under CI: see {@link BrowserRequirement}. */
    static void requireAvailable() {
        BrowserRequirement.check(available(), System.getenv("CI"));
    }

    Browser(BrowserStack stack) {
        this.stack = stack;
        try {
            profile = Files.createTempDirectory("ledger-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=768,1024", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        // the tests are written in English; the deployment's default is Czech (signIn(user, "cs") for it)
        language("en");
    }

    /**
     * The language the web interface starts in on this browser from now on, remembered as a person's choice is
     * ({@code localStorage['ledger.lang']}); {@code null} forgets it, so the deployment's default applies. Set on a
     * page of the origin outside the interface, so nothing of the interface runs in between.
     */
    void language(String lang) {
        driver.get(stack.uiUrl("actuator/health"));
        driver.executeScript(lang == null ? "localStorage.removeItem('ledger.lang')"
                : "localStorage.setItem('ledger.lang', arguments[0])", lang);
    }

    void open(String route) {
        driver.get(stack.uiUrl(route));
    }

    /** The sign-in link as {@code infra/ledger up} prints it. */
    void openSignInLink() {
        open("#/signin?key=" + stack.signInKey());
    }

    /** Signs in as a demo user on the sign-in page, in English, and waits until the header names them. */
    void signIn(String user) {
        signIn(user, "en");
    }

    /** Signs in as a demo user with the interface in this language ("cs" or "en"). */
    void signIn(String user, String lang) {
        language(lang);
        openSignInLink();
        click(By.cssSelector("button[data-user='" + user + "']"));
        waitText(By.cssSelector("[data-testid=user]"), user);
        waitFor(By.cssSelector("main h1"));
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Types into a field found by its visible label, as a person would. */
    void fill(WebElement scope, String label, String text) {
        WebElement control = byLabel(scope, label);
        control.clear();
        control.sendKeys(text);
    }

    WebElement byLabel(WebElement scope, String label) {
        WebElement labelElement = scope.findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().replace(" *", "").trim().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no field labelled '" + label + "'"));
        return scope.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Presses Tab until the focused element matches, then Enter: the keyboard-only path. */
    void tabToAndPress(By target) {
        WebElement wanted = waitFor(target);
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (driver.switchTo().activeElement().equals(wanted)) {
                new Actions(driver).sendKeys(Keys.ENTER).perform();
                return;
            }
        }
        throw new AssertionError("could not reach " + target + " with the Tab key");
    }

    /** Every input, select and textarea of the page has a label a screen reader announces. */
    void assertEveryControlLabelled() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                  .map(e => e.outerHTML.slice(0, 120));""");
        assertThat(unlabelled).as("controls without a label").isEmpty();
    }

    /**
     * axe-core's rules on the page as it stands ({@link Axe}): fails on any violation of impact serious or critical,
     * naming the rule, its impact, the elements (CSS selectors) and the page, its language and the window's size.
     */
    void assertAccessible(String page) {
        timed(() -> {
            String violations = Axe.seriousViolations(driver);
            String where = page + " (" + driver.executeScript("return document.documentElement.lang") + ", "
                    + driver.manage().window().getSize() + ")";
            assertThat(violations).as("accessibility violations (axe-core 4.6.3) on " + where + ":" + violations).isEmpty();
        });
    }

    /**
     * What a screen reader says of a control beside its name: the texts of the elements its aria-describedby names
     * (a hidden one says nothing); fails when a name there is no element of the page.
     */
    String description(WebElement control) {
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) driver.executeScript("""
                return (arguments[0].getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean).map((id) => {
                  const e = document.getElementById(id);
                  return e ? (e.hidden ? '' : e.textContent) : 'NO ELEMENT #' + id; });""", control);
        assertThat(parts).as("aria-describedby of " + control.getAttribute("name")).noneMatch(p -> p.startsWith("NO ELEMENT #"));
        return String.join(" ", parts);
    }

    /**
     * {@link #assertAccessible} in the page's language, then in the other one through the header's switch (which
     * draws the page again), then back: the same page in Czech and in English with no page load.
     */
    void assertAccessibleInBothLanguages(String page) {
        assertAccessible(page);
        timed(this::switchLanguage);
        assertAccessible(page);
        timed(this::switchLanguage);
    }

    private void timed(Runnable check) {
        long start = System.nanoTime();
        try {
            check.run();
        } finally {
            axeNanos += System.nanoTime() - start;
        }
    }

    /** {@link #assertAccessible} with the window at a phone's size (390 x 844), then back to the tablet's. */
    void assertAccessibleOnAPhone(String page) {
        var tablet = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            assertAccessible(page);
        } finally {
            driver.manage().window().setSize(tablet);
        }
    }

    /**
     * The header's language switch; waits until the page is drawn again in the other language: the switch puts the
     * focus back on itself last, and the new switch names the language the page was in.
     */
    void switchLanguage() {
        click(By.id("language-switch"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const s = document.activeElement;
                return s && s.id === 'language-switch' && s.lang !== document.documentElement.lang;""")));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The whole page as a PNG under target/screenshots (Chrome's DevTools, beyond the window's height). */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            byte[] png;
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                @SuppressWarnings("unchecked")
                Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                                "height", size.get("height"), "scale", 1)));
                png = Base64.getDecoder().decode((String) shot.get("data"));
            } catch (RuntimeException e) {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (axeNanos > 0) System.out.println("[axe] " + axeNanos / 1_000_000 + " ms in accessibility checks");
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                System.out.println("[browser console] " + entry.getLevel() + " " + entry.getMessage());
            }
        } catch (RuntimeException e) {
            // logs are a courtesy
        }
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
