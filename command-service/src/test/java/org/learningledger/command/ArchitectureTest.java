package org.learningledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import javax.sql.DataSource;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.learning.LearningDirectory;
import org.learningledger.command.organisation.Directory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries: the write side holds no query code, features do not tangle, and decisions are
 * pure (they take the facts a command brings and query nothing).
 */
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

    /**
     * Decisions are pure (DESIGN, "Events and their evolution"): aggregates, the rules they call and the
     * commands that carry their facts depend on no database access and no Spring bean; the facts are
     * loaded before dispatch by the controllers' loaders. (Annotations are exempt: {@code @Aggregate}
     * itself is a Spring stereotype.)
     */
    static final DescribedPredicate<JavaClass> SPRING_BEANS = DescribedPredicate.describe("Spring beans",
            c -> !c.isAnnotation() && c.isMetaAnnotatedWith(Component.class));

    @ArchTest
    static final ArchRule decisionsQueryNothing = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .or().haveSimpleNameEndingWith("Rules")
            .or().haveNameMatching(".*Commands(\\$.*)?")
            .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class, DataSource.class,
                    Directory.class, LearningDirectory.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..")
            .orShould().dependOnClassesThat(SPRING_BEANS)
            .because("a decision gets the facts it needs loaded before it decides, never queries a database itself");
}
