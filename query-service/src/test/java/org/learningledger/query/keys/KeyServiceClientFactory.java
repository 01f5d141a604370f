package org.learningledger.query.keys;

import java.time.Duration;

/** Key caches of other packages' tests, against a stand-in of the endpoint. */
public final class KeyServiceClientFactory {

    private KeyServiceClientFactory() {
    }

    public static ContentKeys keys(String url, String secret) {
        return new ContentKeys(new KeyServiceClient(url, secret, ""), Duration.ofMinutes(5), 10_000);
    }
}
