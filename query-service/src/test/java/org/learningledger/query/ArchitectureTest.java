package org.learningledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.UUID;
import org.learningledger.query.reader.Reader;

@AnalyzeClasses(packages = "org.learningledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noAxonOnTheReadSide = noClasses().that().resideInAPackage("org.learningledger.query..")
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.learningledger.query.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule intakeKnowsNoFeature = noClasses().that().resideInAPackage("..query.intake..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.experiment..", "..query.organisation..",
                    "..query.reader..", "..query.learning..", "..query.feed..", "..query.report..", "..query.lesson..");

    @ArchTest
    static final ArchRule organisationKnowsNoReaderOrExperiment = noClasses().that()
            .resideInAPackage("..query.organisation..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.experiment..", "..query.reader..");

    @ArchTest
    static final ArchRule readerKnowsNoFeatureItJudges = noClasses().that().resideInAPackage("..query.reader..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.experiment..", "..query.learning..",
                    "..query.feed..", "..query.report..", "..query.lesson..");

    // The report and lesson packages read each other's tables, never each other's classes.
    @ArchTest
    static final ArchRule reportsAndLessonsKnowNoOtherFeature = noClasses().that()
            .resideInAnyPackage("..query.report..", "..query.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.experiment..", "..query.learning..",
                    "..query.feed..", "..query.history..", "..query.measure..");

    @ArchTest
    static final ArchRule reportsKnowNoLessonClass = noClasses().that().resideInAPackage("..query.report..")
            .should().dependOnClassesThat().resideInAPackage("..query.lesson..");

    @ArchTest
    static final ArchRule lessonsKnowNoReportClass = noClasses().that().resideInAPackage("..query.lesson..")
            .should().dependOnClassesThat().resideInAPackage("..query.report..");

    @ArchTest
    static final ArchRule learningKnowsNoExperimentOrFeed = noClasses().that().resideInAPackage("..query.learning..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.experiment..", "..query.feed..");

    // The feed reads the learning tables, not the learning package: each can change on its own.
    @ArchTest
    static final ArchRule feedKnowsNoLearningOrExperiment = noClasses().that().resideInAPackage("..query.feed..")
            .should().dependOnClassesThat().resideInAnyPackage("..query.experiment..", "..query.learning..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoConfig = noClasses().that()
            .resideInAnyPackage("..query.intake..", "..query.experiment..", "..query.organisation..", "..query.reader..",
                    "..query.learning..", "..query.feed..", "..query.report..", "..query.lesson..")
            .should().dependOnClassesThat().resideInAPackage("..query.config..");

    // One visibility policy (reader.Sight): what a reader's memberships, stewardships and analyst role
    // allow is decided in the reader package only; every read path hands its rows' facts to Sight.
    @ArchTest
    static final ArchRule onlyTheReaderPackageJudgesAReadersRights = noClasses().that()
            .resideOutsideOfPackage("..query.reader..")
            .should().callMethod(Reader.class, "isMemberOf", UUID.class)
            .orShould().callMethod(Reader.class, "teams")
            .orShould().callMethod(Reader.class, "stewardOf")
            .orShould().callMethod(Reader.class, "analyst")
            .orShould().callMethod(Reader.class, "reviews")
            .orShould().callMethod(Reader.class, "isReviewerOf", UUID.class)
            .because("visibility is decided once, by reader.Sight (see DESIGN, Who sees what)");
}
