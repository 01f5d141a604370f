package org.learningledger.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON shape of events, wherever they are written: event store, Kafka, golden files.
 * Unknown fields are tolerated so that an added field never breaks an older reader.
 */
public final class LedgerJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // measures keep their exact decimal value on every hop
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private LedgerJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
