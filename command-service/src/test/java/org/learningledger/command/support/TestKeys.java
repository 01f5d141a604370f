package org.learningledger.command.support;

/** Fixed keys for tests only (never a default of the service): a KEK ring of one version and the internal secret. */
public final class TestKeys {

    /** {@code ledger.keys.kek}: version 1, 32 bytes of 0x01..0x20 (test data, not a secret). */
    public static final String KEK = "1:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    /** {@code ledger.keys.internal-secret}. */
    public static final String INTERNAL_SECRET = "test-internal-secret-0123456789";

    private TestKeys() {
    }
}
