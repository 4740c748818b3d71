package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.input.importing.ImportExamplesTest;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import, Import Pasted Text, Export HTML and Word, and Copy as Rich Text, as a user works them. */
class ImportAndRichExportTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void menu(FxRobot robot, String menu, String item) {
        robot.clickOn(menu);
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anImportedDocumentIsPreviewedThenOpensUnsavedTitledImportedFrom(FxRobot robot) throws Exception {
        harness.dialogs.openAnswers.add(ImportExamplesTest.example("google-sre.md"));
        menu(robot, "File", "Import\u2026");
        assertThat(harness.dialogs.asked).contains("import-document", "import-preview:Import google-sre.md");
        assertThat(harness.dialogs.importPreviews.get(0).placements()).isNotEmpty();
        assertThat(window.document().current().title()).isEqualTo("Shakespeare Sonnet++ Postmortem");
        assertThat(window.document().dirty().get()).isTrue();
        assertThat(window.document().file().get()).isNull();
        assertThat(window.stage().getTitle()).isEqualTo("\u2022 Shakespeare Sonnet++ Postmortem \u2014 Imported from "
                + "google-sre.md \u2014 Hindsight");
    }

    @Test
    void pastedTextIsImportedThroughTheSameReader(FxRobot robot) {
        harness.dialogs.pastedForImport = "Postmortem: Cache stampede\n\nImpact\nAbout 10% of users saw timeouts.\n"
                + "\nTimeline\n2026-02-01 (times in UTC)\n09:00 alert fired\n09:30 rolled back the cache change\n";
        menu(robot, "File", "Import Pasted Text\u2026");
        assertThat(window.document().current().title()).isEqualTo("Cache stampede");
        assertThat(window.document().current().timeline()).hasSize(2);
        assertThat(window.document().current().summary().usersAffectedPercent()).isEqualByComparingTo("10");
    }

    @Test
    void aRefusedDocumentSaysWhyAndLeavesTheWindowAsItWas(FxRobot robot) throws Exception {
        Path empty = Files.write(harness.home.resolve("empty.md"), new byte[0]);
        harness.dialogs.openAnswers.add(empty);
        menu(robot, "File", "Import\u2026");
        assertThat(harness.dialogs.errors).singleElement().asString()
                .contains("This document cannot be imported").contains("empty.md is empty");
        assertThat(window.document().dirty().get()).isFalse();
    }

    @Test
    void exportsHtmlAndWordAndCopiesTheSectionShownAsRichText(FxRobot robot) throws Exception {
        openFixture(robot, dev.hindsight.testing.Fixtures.EXAMPLE);
        Path html = harness.home.resolve("out.html");
        harness.dialogs.exportAnswers.add(html);
        menu(robot, "File", "Export HTML\u2026");
        Path docx = harness.home.resolve("out.docx");
        harness.dialogs.exportAnswers.add(docx);
        menu(robot, "File", "Export Word\u2026");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(docx));
        assertThat(Files.readString(html)).contains("<h1 dir=\"auto\">Database Vanished</h1>");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
        }
        shortcut(robot, KeyCode.DIGIT2);
        menu(robot, "Edit", "Copy Section as Rich Text");
        robot.interact(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            assertThat(clipboard.getHtml()).contains("<h2>Timeline</h2>").doesNotContain("Root Cause");
            assertThat(clipboard.getString()).contains("misleading\tChecked for potential network issues");
        });
    }
}
