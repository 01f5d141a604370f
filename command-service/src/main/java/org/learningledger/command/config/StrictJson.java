package org.learningledger.command.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read within tight limits and type-strictly: a number or a boolean where text is expected
 * ({@code "question": 42}) is refused with a problem naming the field, not stored as "42". A client
 * that sends the wrong type has a bug that the ledger should not hide in its history.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** Far beyond what a request needs; the body limit bounds the document as a whole. */
    static final StreamReadConstraints REQUESTS = StreamReadConstraints.builder().maxNestingDepth(32)
            .maxStringLength(200_000).maxNumberLength(50).maxNameLength(200).build();

    /**
     * Boot's builder (every {@link JsonMapperBuilderCustomizer} applied), on a factory with tight read
     * constraints: a deeply nested or oversized request fails while it is parsed, as a 400.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(REQUESTS).build());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    @Bean
    JsonMapperBuilderCustomizer noScalarsAsText() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
