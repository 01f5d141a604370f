package org.learningledger.command.support;

/** Fixed keys for tests only (never a default of the service): the KEK ring and the internal secret. */
public final class TestKeys {

    /** Version 1 alone: 32 bytes 0x01..0x20 (test data, not a secret). Rows wrapped under it test rotation. */
    public static final String KEK_V1 = "1:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    /**
     * {@code ledger.keys.kek} of every test context: versions 1 and 2 (current). Every context of the
     * test JVM shares one database, so each must unwrap whatever another (or a rewrap) wrote.
     */
    public static final String KEK = KEK_V1 + ",2:ZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4Q=";

    /** {@code ledger.keys.internal-secret}. */
    public static final String INTERNAL_SECRET = "test-internal-secret-0123456789";

    private TestKeys() {
    }
}
