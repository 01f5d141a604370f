package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.learningledger.events.UnknownRevisionException;
import org.learningledger.events.Upcasters;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

/** Rows as the first release stored them read as today's events through Axon's upcaster chain. */
class LedgerUpcasterTest {

    private static final CatalogueSerializer SERIALIZER = MemoryKeys.serializer(EventNames.catalogue());
    private static final EventUpcasterChain CHAIN =
            new EventUpcasterChain(new LedgerUpcaster(EventNames.catalogue(), Upcasters.ledger()));
    /** 22:30 UTC on 31 May is 1 June in Prague. */
    private static final Instant STORED_AT = Instant.parse("2025-05-31T22:30:00Z");
    private static final UUID EXPERIMENT = UUID.randomUUID();
    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID OBSERVATION = UUID.randomUUID();

    @Test
    void givenARevision1ObservationUnderItsClassName_whenUpcast_thenCurrentNameRevisionAndStoredDay() {
        IntermediateEventRepresentation read = upcast(ObservationRecorded.class.getName(), "1");

        assertThat(read.getType().getName()).isEqualTo("ObservationRecorded");
        assertThat(read.getType().getRevision()).isEqualTo("2");
        Object event = SERIALIZER.deserialize(read.getData());
        assertThat(event).isEqualTo(new ObservationRecorded(EXPERIMENT, TEAM, OBSERVATION, ObservationKind.NOTE,
                "slept well", null, LocalDate.of(2025, 6, 1)));
    }

    @Test
    void givenARevisionNewerThanThisBuild_whenUpcast_thenFailsNamingTheRevision() {
        assertThatThrownBy(() -> upcast("ObservationRecorded", "3"))
                .isInstanceOf(UnknownRevisionException.class).hasMessageContaining("revision 3");
    }

    @Test
    void givenACurrentRow_whenUpcast_thenPassedThroughUntouched() {
        InitialEventRepresentation current = row("ObservationRecorded", "2");
        List<IntermediateEventRepresentation> read = CHAIN.upcast(Stream.of(current)).toList();
        assertThat(read).containsExactly(current);
    }

    private static IntermediateEventRepresentation upcast(String payloadType, String revision) {
        return CHAIN.upcast(Stream.of(row(payloadType, revision))).toList().get(0);
    }

    private static InitialEventRepresentation row(String payloadType, String revision) {
        byte[] payload = ("{\"experimentId\":\"" + EXPERIMENT + "\",\"teamId\":\"" + TEAM + "\",\"observationId\":\""
                + OBSERVATION + "\",\"kind\":\"NOTE\",\"text\":\"slept well\",\"value\":null}").getBytes();
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Experiment", EXPERIMENT.toString(), 2,
                UUID.randomUUID().toString(), STORED_AT, payloadType, revision, payload, "{}".getBytes());
        return new InitialEventRepresentation(entry, SERIALIZER);
    }
}
