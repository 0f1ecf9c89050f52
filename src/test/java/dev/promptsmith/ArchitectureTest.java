package dev.promptsmith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the engine free of JavaFX and the dependencies pointing inward (ui/cli → engine). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.promptsmith");

    @Test
    void onlyTheUiAndTheEntryPointUseJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.promptsmith.ui..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void theEngineNeverUsesTheUiOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("dev.promptsmith.ui..", "dev.promptsmith.cli..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("dev.promptsmith.ui..", "dev.promptsmith.cli..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.promptsmith.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.promptsmith.project..", "dev.promptsmith.template..", "dev.promptsmith.provider..",
                        "dev.promptsmith.tokens..", "dev.promptsmith.eval..", "dev.promptsmith.ui..")
                .check(CLASSES);
    }
}
