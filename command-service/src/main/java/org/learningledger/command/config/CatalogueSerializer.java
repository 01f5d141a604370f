package org.learningledger.command.config;

import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;

/**
 * Axon's Jackson 3 serializer, with event types named by the catalogue: {@code payload_type} holds
 * the stable name (never a Java class name), and a stored name, current or former, reads back as the
 * class the catalogue names today. Everything else (metadata, tokens) keeps Axon's class names.
 */
final class CatalogueSerializer extends Jackson3Serializer {

    private final EventNames names;

    CatalogueSerializer(EventNames names, Jackson3SerializerCustomizer customizer) {
        super(Jackson3Serializer.builder().revisionResolver(new CatalogueRevisionResolver(names))
                .converter(new ChainingConverter(CatalogueSerializer.class.getClassLoader()))
                .jsonMapperBuilderCustomizer(customizer));
        this.names = names;
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
}
