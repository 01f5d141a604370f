package org.learningledger.command.config;

import org.axonframework.serialization.RevisionResolver;
import org.learningledger.command.keys.DataKeys;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.learningledger.events.Upcasters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events are stored under the catalogue's stable names and revisions and read back through the
 * shared upcasters; Axon picks up the event serializer by its qualifier and every
 * {@link EventUpcaster} bean for the store's upcaster chain.
 */
@Configuration
class SerializerConfig {

    /** Replaces Axon's annotation resolver for every serializer: events carry no {@code @Revision}. */
    @Bean
    RevisionResolver revisionResolver() {
        return new CatalogueRevisionResolver(EventNames.catalogue());
    }

    /**
     * Seals and opens personal text with the {@link DataKeys}, looked up on first use: the serializer
     * is needed while Axon is configured, long before a key is.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectProvider<Jackson3SerializerCustomizer> customizer, ObjectProvider<DataKeys> keys) {
        return new CatalogueSerializer(EventNames.catalogue(), customizer.getIfAvailable(),
                item -> keys.getObject().forSealing(item), item -> keys.getObject().forOpening(item));
    }

    @Bean
    EventUpcaster ledgerUpcaster() {
        return new LedgerUpcaster(EventNames.catalogue(), Upcasters.ledger());
    }
}
