package org.learningledger.query.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvelopeKeyTest {

    private final UUID aggregate = UUID.randomUUID();

    @Test
    void givenEnvelopeWithUnreadablePayload_whenKeyed_thenItsAggregateAndSequenceAreKnown() {
        String value = "{\"type\":\"LearningWithdrawn\",\"revision\":\"9\",\"aggregateId\":\"" + aggregate
                + "\",\"sequence\":4,\"payload\":{\"x\":[}";
        // not JSON at all past the payload: nothing can be read
        assertThat(EnvelopeKey.of(value.getBytes(UTF_8))).isEmpty();
        String readable = "{\"type\":\"LearningWithdrawn\",\"revision\":\"9\",\"aggregateId\":\"" + aggregate
                + "\",\"sequence\":4,\"payload\":{}}";
        assertThat(EnvelopeKey.of(readable.getBytes(UTF_8))).contains(new EnvelopeKey(aggregate, 4L));
        assertThat(EnvelopeKey.typeOf(readable.getBytes(UTF_8))).isEqualTo("LearningWithdrawn");
    }

    @Test
    void givenEnvelopeWithoutUsableSequence_whenKeyed_thenAggregateOnly() {
        String value = "{\"aggregateId\":\"" + aggregate + "\",\"sequence\":-1}";
        assertThat(EnvelopeKey.of(value.getBytes(UTF_8))).contains(new EnvelopeKey(aggregate, null));
    }

    @Test
    void givenNoAggregateOrNoJson_whenKeyed_thenNothing() {
        assertThat(EnvelopeKey.of("{not json".getBytes(UTF_8))).isEmpty();
        assertThat(EnvelopeKey.of("{\"aggregateId\":\"nope\"}".getBytes(UTF_8))).isEmpty();
        assertThat(EnvelopeKey.of(new byte[0])).isEmpty();
        assertThat(EnvelopeKey.of(null)).isEmpty();
        assertThat(EnvelopeKey.typeOf("[]".getBytes(UTF_8))).isNull();
    }
}
