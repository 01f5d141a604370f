package org.learningledger.query.intake;

import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import tools.jackson.databind.JsonNode;

/**
 * What can be told of a record that cannot be read as an event: its aggregate and sequence, when
 * the envelope names them. Enough to stop that aggregate instead of passing over the record.
 *
 * @param sequence null when the envelope has no usable one
 */
record EnvelopeKey(UUID aggregateId, Long sequence) {

    /** Empty when not even the aggregate id can be read: such a record stops nothing. */
    static Optional<EnvelopeKey> of(byte[] value) {
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode tree = LedgerJson.mapper().readTree(value);
            UUID aggregate = UUID.fromString(tree.path("aggregateId").asString());
            JsonNode sequence = tree.path("sequence");
            Long seq = sequence.isIntegralNumber() && sequence.asLong() >= 0 ? sequence.asLong() : null;
            return Optional.of(new EnvelopeKey(aggregate, seq));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The envelope's type name, for an operator's list; null when it cannot be read. */
    static String typeOf(byte[] value) {
        try {
            JsonNode type = LedgerJson.mapper().readTree(value).path("type");
            return type.isString() ? type.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
