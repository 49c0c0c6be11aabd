package dev.archetype;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.archetype");

    @Test
    void coreNeverImportsJavaFxUiCliOrApp() {
        noClasses().that().resideInAPackage("dev.archetype.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.archetype.ui..",
                        "dev.archetype.cli..", "dev.archetype.app..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void cliNeverImportsJavaFx() {
        noClasses().that().resideInAPackage("dev.archetype.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.archetype.ui..")
                .check(MAIN);
    }

    /** The classes only core.analysis chains: the window and the command line agree because neither does it itself. */
    private static void neverChainsTheSteps(String packages) {
        noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.archetype.core.cluster.KMeans")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.archetype.core.cluster.KSweep")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.archetype.core.prep.Preparer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.archetype.core.profile.ArchetypeNamer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.archetype.core.profile.ContrastCalculator")
                .because("core.analysis is the one chain of steps, so the window and the command line agree")
                .check(MAIN);
    }

    @Test
    void theCommandLineRunsAnalysesAndNeverChainsTheStepsItself() {
        neverChainsTheSteps("dev.archetype.cli..");
    }

    @Test
    void theWindowRunsAnalysesAndNeverChainsTheStepsItself() {
        neverChainsTheSteps("dev.archetype.ui..");
    }

    @Test
    void viewModelsNeverTouchTheSceneGraphOrTheFxThread() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(MAIN);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("dev.archetype.ui.(**)")
                .should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void exportRequestsAreMadeOnlyByTheAnalysisFloor() {
        noClasses().that().resideOutsideOfPackage("dev.archetype.core.analysis")
                .and().doNotHaveFullyQualifiedName("dev.archetype.core.export.ExportRequest")
                .should().callConstructor(dev.archetype.core.export.ExportRequest.class,
                        dev.archetype.core.data.Dataset.class, java.nio.file.Path.class, String.class,
                        dev.archetype.core.prep.FeatureMatrix.class, dev.archetype.core.cluster.Clustering.class,
                        dev.archetype.core.profile.ClusterProfile.class, double[].class, dev.archetype.core.export.CompareK.class,
                        dev.archetype.core.export.RunInfo.class, java.util.List.class, double.class)
                .check(MAIN);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..").allowEmptyShould(true)
                .check(MAIN);
    }
}
