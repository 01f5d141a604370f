package org.learningledger.infra.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core 4.6.3 (its webjar on the test class path) run in the page through WebDriver: the page's own CSP does
 * not apply to a script the driver runs, so the interface needs no test hook.
 */
final class Axe {

    private static final String SOURCE = source();

    private Axe() {
    }

    /**
     * The page's violations of impact serious or critical, one per line with its rule, impact and help, then each
     * element's selector and what is wrong with it; empty when there are none. Minor and moderate ones are left out
     * (axe's best practices among them): a test fails for what keeps someone out, not for taste.
     */
    static String seriousViolations(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) driver.executeScript(SOURCE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
                  .catch((e) => done([{ rule: 'axe did not run', impact: 'critical', help: String(e), targets: [] }]));""");
        StringBuilder said = new StringBuilder();
        for (Map<String, Object> v : violations) {
            said.append("\n  ").append(v.get("rule")).append(" [").append(v.get("impact")).append("] ").append(v.get("help"));
            for (Object target : (List<?>) v.get("targets")) said.append("\n    ").append(target);
        }
        return said.toString();
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe-core 4.6.3 is not on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
