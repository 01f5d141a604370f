package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.EventType;
import org.learningledger.events.Visibility;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.experiment.ExperimentStarted;

/** The store holds contract names, so a record can move or be renamed without touching history. */
class CatalogueSerializerTest {

    /** The record as an earlier build had it. */
    record TeamNoted(UUID teamId, @NotPersonal("test") String note) implements DomainEvent {
    }

    /** The same contract after the record moved and was renamed. */
    record NoteOfTeam(UUID teamId, @NotPersonal("test") String note) implements DomainEvent {
    }

    @Test
    void givenAnEventOfTheCatalogue_whenSerialized_thenStoredUnderItsNameAndRevisionNotItsClass() {
        CatalogueSerializer serializer = MemoryKeys.serializer(EventNames.catalogue());
        SerializedObject<byte[]> stored = serializer.serialize(new ExperimentStarted(UUID.randomUUID(),
                UUID.randomUUID(), null), byte[].class);
        assertThat(stored.getType().getName()).isEqualTo("ExperimentStarted");
        assertThat(stored.getType().getRevision()).isEqualTo("2");
    }

    @Test
    void givenAnEventStoredBeforeItsRecordMoved_whenReadByTheNewBuild_thenItLoadsAsTheMovedRecord() {
        UUID team = UUID.randomUUID();
        SerializedObject<byte[]> stored = MemoryKeys.serializer(names(TeamNoted.class))
                .serialize(new TeamNoted(team, "we met"), byte[].class);

        Object loaded = MemoryKeys.serializer(names(NoteOfTeam.class)).deserialize(stored);

        assertThat(loaded).isEqualTo(new NoteOfTeam(team, "we met"));
    }

    @Test
    void givenAFirstReleaseRowUnderTheClassName_whenRead_thenItLoadsThroughTheFormerName() {
        UUID experiment = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        byte[] json = ("{\"experimentId\":\"" + experiment + "\",\"teamId\":\"" + team + "\"}").getBytes();
        SerializedObject<byte[]> firstRelease = new SimpleSerializedObject<>(json, byte[].class,
                new SimpleSerializedType(ExperimentStarted.class.getName(), "1"));

        Object loaded = MemoryKeys.serializer(EventNames.catalogue()).deserialize(firstRelease);

        assertThat(loaded).isEqualTo(new ExperimentStarted(experiment, team, null));
    }

    @Test
    void givenMetaData_whenSerialized_thenAxonsOwnTypeIsKeptAndReadsBack() {
        CatalogueSerializer serializer = MemoryKeys.serializer(EventNames.catalogue());
        MetaData metaData = MetaData.from(Map.of("traceId", "t-1"));
        SerializedObject<byte[]> stored = serializer.serialize(metaData, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(MetaData.class.getName());
        MetaData read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(metaData);
    }

    /** A lookup where the contract {@code TeamNoted} is the given record class. */
    private static EventNames names(Class<? extends DomainEvent> record) {
        EventType type = new EventType("TeamNoted", record, "1", Visibility.ORGANISATION, List.of());
        return new EventNames() {
            @Override
            public Optional<EventType> byClass(Class<?> candidate) {
                return candidate == record ? Optional.of(type) : Optional.empty();
            }

            @Override
            public Optional<EventType> byStoredName(String storedName) {
                return storedName.equals("TeamNoted") ? Optional.of(type) : Optional.empty();
            }
        };
    }
}
