package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.spring.stereotype.Saga;
import org.junit.jupiter.api.Test;

/**
 * Axon stores only what the event serializer seals: snapshots (the default serializer, aggregate state in
 * clear) and sagas would be copies of personal text outside it, so this service has neither. The IT's
 * dump of every table checks what is stored; this says why a snapshot trigger must not be added.
 */
class NoClearCopiesTest {

    private static final List<JavaClass> CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.learningledger.command").stream().toList();

    @Test
    void givenTheAggregates_whenConfigured_thenNoneIsSnapshotted() {
        List<JavaClass> aggregates = CLASSES.stream().filter(c -> c.isAnnotatedWith(Aggregate.class)).toList();
        assertThat(aggregates).isNotEmpty().allSatisfy(aggregate -> assertThat(
                aggregate.reflect().getAnnotation(Aggregate.class).snapshotTriggerDefinition())
                .as(aggregate.getSimpleName() + " would store its state, personal text included, in clear").isEmpty());
    }

    @Test
    void givenTheService_whenScanned_thenNoSagaKeepsState() {
        assertThat(CLASSES.stream().filter(c -> c.isAnnotatedWith(Saga.class))).isEmpty();
    }
}
