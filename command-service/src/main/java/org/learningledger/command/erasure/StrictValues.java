package org.learningledger.command.erasure;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import org.learningledger.events.content.ErasureReason;

/**
 * Type-strict readers for erasure requests: an erasure is irreversible, so a choice is read only from
 * its name in quotes (not {@code 0}, the first constant, as Jackson would by default) and a revision
 * only from a whole number (not {@code "2"} or {@code 2.5}, which it would coerce). A wrong type fails
 * as a problem naming the field.
 */
public final class StrictValues {

    private StrictValues() {
    }

    /** A whole JSON number that fits an int. */
    public static final class WholeNumber extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
            return p.getIntValue();
        }
    }

    /** An enum constant by its exact name, in quotes. */
    public abstract static class EnumName<E extends Enum<E>> extends ValueDeserializer<E> {
        private final Class<E> type;

        protected EnumName(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                @SuppressWarnings("unchecked")
                E refused = (E) ctxt.handleUnexpectedToken(type, p);
                return refused;
            }
            String name = p.getString();
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> ctxt.weirdStringException(name, type, "not one of the allowed values"));
        }
    }

    public static final class Reason extends EnumName<ErasureReason> {
        public Reason() {
            super(ErasureReason.class);
        }
    }
}
