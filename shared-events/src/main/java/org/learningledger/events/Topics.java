package org.learningledger.events;

/** Kafka topic names: part of the contract between the services and with outside subscribers. */
public final class Topics {

    /** Every stored event, internal to the ledger, keyed by aggregate id. */
    public static final String EVENTS = "ledger.events";

    /** Only what every reader may see (CloudEvents); for external subscribers. */
    public static final String PUBLISHED = "ledger.published";

    private Topics() {
    }
}
