package org.learningledger.infra.browser;

import org.junit.jupiter.api.Assumptions;

/**
 * What a missing browser means: on a developer's machine the browser tests skip, with how to install it; under
 * CI ({@code CI=true}) they fail, since a green build must mean the web interface was checked.
 */
final class BrowserRequirement {

    static final String MISSING = "Chromium or ChromeDriver is missing (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER
            + "); install Debian's packages: apt-get install -y chromium chromium-driver";

    private BrowserRequirement() {
    }

    /** Under CI a missing browser fails the test; elsewhere it skips it. */
    static void check(boolean available, String ciVariable) {
        if (available) {
            return;
        }
        if (underCi(ciVariable)) {
            throw new AssertionError("browser tests cannot run under CI=" + ciVariable + ": " + MISSING);
        }
        Assumptions.assumeTrue(false, "browser tests skipped: " + MISSING);
    }

    static boolean underCi(String ciVariable) {
        return ciVariable != null && (ciVariable.equalsIgnoreCase("true") || ciVariable.equals("1"));
    }
}
