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

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..").allowEmptyShould(true)
                .check(MAIN);
    }
}
