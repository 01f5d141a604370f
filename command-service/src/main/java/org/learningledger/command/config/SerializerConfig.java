package org.learningledger.command.config;

import java.util.function.Supplier;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.learningledger.command.keys.DataKeys;
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
        Supplier<DataKeys> dataKeys = new Supplier<>() {
            private volatile DataKeys found;

            @Override
            public DataKeys get() {
                DataKeys k = found;
                if (k == null) {
                    k = keys.getObject();
                    found = k;
                }
                return k;
            }
        };
        return new CatalogueSerializer(EventNames.catalogue(), customizer.getIfAvailable(),
                item -> dataKeys.get().forSealing(item), item -> dataKeys.get().forOpening(item));
    }

    @Bean
    EventUpcaster ledgerUpcaster() {
        return new LedgerUpcaster(EventNames.catalogue(), Upcasters.ledger());
    }
}
