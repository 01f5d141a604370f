package org.learningledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module boundaries: the write side holds no query code, and features do not tangle. */
@AnalyzeClasses(packages = "org.learningledger.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noQueryCode = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.learningledger.query..");

    @ArchTest
    static final ArchRule noJpaOrQueryHandlers = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.axonframework.queryhandling..");

    @ArchTest
    static final ArchRule featuresFreeOfCycles = slices().matching("org.learningledger.command.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesKnowNothingOfHttpOrKafka = noClasses()
            .that().resideInAPackage("..experiment..").and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Requests")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.apache.kafka..");
}
