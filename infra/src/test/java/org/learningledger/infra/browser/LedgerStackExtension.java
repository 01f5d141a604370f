package org.learningledger.infra.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link BrowserStack} for all browser test classes of a run, started by the first and stopped when the run
 * ends (the root store closes it). When Chromium or ChromeDriver is missing it starts nothing and every test is
 * reported as skipped with the reason, or, under {@code CI=true}, as failed ({@link BrowserRequirement}).
 */
final class LedgerStackExtension implements BeforeAllCallback, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LedgerStackExtension.class);

    private BrowserStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireAvailable();
        stack = context.getRoot().getStore(NAMESPACE).computeIfAbsent("stack", key -> {
            try {
                return BrowserStack.start();
            } catch (Exception e) {
                throw new IllegalStateException("the ledger did not start for the browser tests", e);
            }
        }, BrowserStack.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.requireAvailable();
    }

    BrowserStack stack() {
        return stack;
    }

    Browser browser() {
        return new Browser(stack);
    }
}
