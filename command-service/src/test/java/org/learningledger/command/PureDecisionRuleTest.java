package org.learningledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.Memberships;

/** The pure-decision rule bites: an aggregate that takes the directory as a handler parameter breaks it. */
class PureDecisionRuleTest {

    @Aggregate
    static class QueryingAggregate {
        void handle(Object command, Directory directory) {
        }
    }

    @Aggregate
    static class PureAggregate {
        void handle(Object command, Memberships memberships) {
        }
    }

    @Test
    void givenAggregateTakingTheDirectory_whenChecked_thenViolation() {
        JavaClasses classes = new ClassFileImporter().importClasses(QueryingAggregate.class);
        assertThat(ArchitectureTest.decisionsQueryNothing.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void givenAggregateTakingFacts_whenChecked_thenNoViolation() {
        JavaClasses classes = new ClassFileImporter().importClasses(PureAggregate.class);
        assertThat(ArchitectureTest.decisionsQueryNothing.evaluate(classes).hasViolation()).isFalse();
    }
}
