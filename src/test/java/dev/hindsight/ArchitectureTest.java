package dev.hindsight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
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
                        "org.kordamp..",
                        "org.fxmisc..", "org.reactfx..")
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
                        "dev.hindsight.recovery..", "dev.hindsight.input..", "dev.hindsight.platform..",
                        "dev.hindsight.check..", "dev.hindsight.find..", "dev.hindsight.compare..",
                        "dev.hindsight.comments..", "dev.hindsight.library..", "dev.hindsight.picture..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hindsight.ui..", "dev.hindsight.cli..")
                .check(CLASSES);
    }

    @Test
    void noCodeFormatsOrChangesCaseInTheMachinesLocale() {
        noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintWriter.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintWriter.class, "format", String.class, Object[].class)
                .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(NumberFormat.class, "getInstance")
                .orShould().callMethod(NumberFormat.class, "getNumberInstance")
                .because("messages use one fixed form: pass Locale.ROOT")
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
    void picturesKnowOnlyTheModelAndTheMarkdownParse() {
        noClasses().that().resideInAnyPackage("dev.hindsight.picture..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hindsight.edit..", "dev.hindsight.export..",
                        "dev.hindsight.format..", "dev.hindsight.input..", "dev.hindsight.recovery..",
                        "dev.hindsight.check..", "dev.hindsight.find..", "dev.hindsight.platform..")
                .because("import, the exporters and the editor all use it")
                .check(CLASSES);
    }

    @Test
    void checkersAndFindKnowNoEditorOrUndoStack() {
        noClasses().that().resideInAnyPackage("dev.hindsight.check..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hindsight.edit..", "dev.hindsight.find..",
                        "dev.hindsight.export..", "dev.hindsight.recovery..")
                .check(CLASSES);
    }

    @Test
    void compareAndCommentsAreBelowTheEditCommands() {
        noClasses().that().resideInAnyPackage("dev.hindsight.compare..", "dev.hindsight.comments..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hindsight.edit..", "dev.hindsight.export..",
                        "dev.hindsight.recovery..", "dev.hindsight.ui..", "dev.hindsight.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.hindsight.compare..")
                .should().dependOnClassesThat().resideInAPackage("dev.hindsight.comments..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLibraryUsesLucene() {
        noClasses().that().resideOutsideOfPackage("dev.hindsight.library..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(CLASSES);
    }
}
