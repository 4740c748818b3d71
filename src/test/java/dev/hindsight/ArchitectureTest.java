package dev.hindsight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md: only ui knows JavaFX; the model knows no library. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hindsight");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.hindsight.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("dev.hindsight.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.hindsight.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("dev.hindsight.model..", "dev.hindsight.format..",
                        "dev.hindsight.export..", "dev.hindsight.edit..", "dev.hindsight.markdown..",
                        "dev.hindsight.recovery..", "dev.hindsight.input..", "dev.hindsight.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hindsight.ui..", "dev.hindsight.cli..")
                .check(CLASSES);
    }

    @Test
    void theLibraryNeverReachesTheWindowOrTheEditor() {
        noClasses().that().resideInAPackage("dev.hindsight.library..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hindsight.ui..", "dev.hindsight.cli..",
                        "dev.hindsight.edit..", "dev.hindsight.export..", "dev.hindsight.recovery..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLibraryUsesLucene() {
        noClasses().that().resideOutsideOfPackage("dev.hindsight.library..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(CLASSES);
    }
}
