package org.learningledger.command.config;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;

/**
 * The revision Axon writes into {@code payload_revision}: the catalogue's for an event (the records
 * carry no framework annotation), Axon's {@code @Revision} for anything else (tokens, metadata).
 */
final class CatalogueRevisionResolver implements RevisionResolver {

    private final EventNames names;
    private final RevisionResolver others = new AnnotationRevisionResolver();

    CatalogueRevisionResolver(EventNames names) {
        this.names = names;
    }

    @Override
    public String revisionOf(Class<?> payloadType) {
        return names.byClass(payloadType).map(type -> type.revision()).orElseGet(() -> others.revisionOf(payloadType));
    }
}
