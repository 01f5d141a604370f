package org.learningledger.command.config;

import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.content.OpeningKeys;
import org.learningledger.events.content.PersonalFields;
import org.learningledger.events.content.SealingKeys;
import tools.jackson.databind.JsonNode;

/**
 * Axon's Jackson 3 serializer, with event types named by the catalogue: {@code payload_type} holds
 * the stable name (never a Java class name), and a stored name, current or former, reads back as the
 * class the catalogue names today. Everything else (metadata, tokens) keeps Axon's class names.
 * <p>
 * An event's personal text is sealed on the way in ({@link ContentSeal#seal}, under its content item's
 * data key) and opened on the way out, after the upcasters: aggregates and tracking processors alike
 * read through here. A row stored in clear before encryption reads as it is.
 */
final class CatalogueSerializer extends Jackson3Serializer {

    /** A sealed field names its item under this property; a payload without it has nothing to open. */
    private static final byte[] SEALED_MARK = "\"sealed\"".getBytes(StandardCharsets.UTF_8);

    private final EventNames names;
    private final SealingKeys sealing;
    private final OpeningKeys opening;

    CatalogueSerializer(EventNames names, Jackson3SerializerCustomizer customizer, SealingKeys sealing,
                        OpeningKeys opening) {
        super(Jackson3Serializer.builder().revisionResolver(new CatalogueRevisionResolver(names))
                .converter(new ChainingConverter(CatalogueSerializer.class.getClassLoader()))
                .jsonMapperBuilderCustomizer(customizer));
        this.names = names;
        this.sealing = sealing;
        this.opening = opening;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof DomainEvent event) || !object.getClass().isRecord()
                || names.byClass(object.getClass()).isEmpty() || PersonalFields.of(object.getClass()).none()) {
            return super.serialize(object, expectedRepresentation);
        }
        JsonNode sealed = ContentSeal.seal(event, getObjectMapper().valueToTree(object), sealing);
        return getConverter().convert(new SimpleSerializedObject<>(sealed, JsonNode.class,
                typeForClass(object.getClass())), expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        if (serialized.getType() == null || names.byStoredName(serialized.getType().getName()).isEmpty()) {
            return super.deserialize(serialized);
        }
        JsonNode tree;
        if (JsonNode.class.equals(serialized.getContentType())) {
            tree = (JsonNode) serialized.getData();
        } else {
            byte[] bytes = getConverter().convert(serialized, byte[].class).getData();
            if (!contains(bytes, SEALED_MARK)) {
                return super.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, serialized.getType()));
            }
            tree = getObjectMapper().readTree(bytes);
        }
        return super.deserialize(new SimpleSerializedObject<>(ContentSeal.open(tree, opening), JsonNode.class,
                serialized.getType()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return names.byClass(type).<SerializedType>map(event -> new SimpleSerializedType(event.name(),
                getRevisionResolver().revisionOf(type))).orElseGet(() -> super.typeForClass(type));
    }

    @Override
    public Class<?> classForType(SerializedType type) {
        return names.byStoredName(type.getName()).<Class<?>>map(event -> event.type())
                .orElseGet(() -> super.classForType(type));
    }

    private static boolean contains(byte[] data, byte[] mark) {
        outer:
        for (int i = 0; i <= data.length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (data[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
