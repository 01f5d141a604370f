package org.learningledger.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contracts stay free of frameworks so both services, and Axon 5 one day, can read them. */
@AnalyzeClasses(packages = "org.learningledger.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noAxon = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.axonframework..");
}
