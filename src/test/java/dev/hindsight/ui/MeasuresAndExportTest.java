package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The action-item table and the export of the window's report, as a user works them. */
class MeasuresAndExportTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void anActionItemAddedAndEditedIsSavedToTheJson(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT5);
        robot.clickOn("#action-items");
        shortcut(robot, KeyCode.ENTER);
        write(robot, "Alert on backup age");
        keys(robot, KeyCode.TAB);
        write(robot, "d");
        keys(robot, KeyCode.TAB);
        write(robot, "Ana");
        keys(robot, KeyCode.TAB);
        write(robot, "2024-07-01");
        keys(robot, KeyCode.TAB);
        write(robot, "1");
        keys(robot, KeyCode.TAB);
        write(robot, "i");
        keys(robot, KeyCode.TAB);
        write(robot, "https://tickets.example/OPS-12");
        keys(robot, KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#action-items").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#action-details").write("Page when the newest backup is older than 26 h");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#action-counts").queryLabeled().getText()).startsWith("0 open \u00b7 1 in progress");

        Path target = harness.home.resolve("actions.postmortem.json");
        harness.dialogs.saveAnswers.add(target);
        shortcut(robot, KeyCode.S);
        JsonNode item = new ObjectMapper().readTree(target.toFile()).at("/measures/actionItems/0");
        assertThat(item.get("title").asText()).isEqualTo("Alert on backup age");
        assertThat(item.get("type").asText()).isEqualTo("detect");
        assertThat(item.get("owner").asText()).isEqualTo("Ana");
        assertThat(item.get("due").asText()).isEqualTo("2024-07-01");
        assertThat(item.get("priority").asText()).as("typing 1 picks P1").isEqualTo("P1");
        assertThat(item.get("status").asText()).isEqualTo("in-progress");
        assertThat(item.get("link").asText()).isEqualTo("https://tickets.example/OPS-12");
        assertThat(item.get("details").asText()).isEqualTo("Page when the newest backup is older than 26 h");

        robot.clickOn("#actions-open-link");
        assertThat(harness.openedLinks).containsExactly("https://tickets.example/OPS-12");
    }

    @Test
    void exportingAPdfWritesItAndOffersToOpenIt(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        Path pdf = harness.home.resolve("out.pdf");
        harness.dialogs.exportAnswers.add(pdf);
        harness.dialogs.openExport = true;
        shortcut(robot, KeyCode.E);
        assertThat(harness.dialogs.asked).contains("export PDF:database-vanished.pdf");
        assertThat(harness.dialogs.exportsDone).singleElement().asString().startsWith("PDF exported").contains("pages");
        assertThat(harness.openedLinks).containsExactly(pdf.toUri().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Database Vanished", "Root Cause");
        }
        Path md = harness.home.resolve("out.md");
        harness.dialogs.exportAnswers.add(md);
        harness.dialogs.openExport = false;
        shortcut(robot, KeyCode.SHIFT, KeyCode.E);
        assertThat(Files.readString(md)).contains("# Database Vanished", "Declared the incident resolved; services fully restored.");
        assertThat(window.document().dirty().get()).isFalse();
    }

    @Test
    void anExportTypedWithoutItsExtensionGetsItAndAsksBeforeReplacingAFile(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        Path existing = harness.home.resolve("summary.md");
        Files.writeString(existing, "my notes");
        harness.dialogs.exportAnswers.add(harness.home.resolve("summary"));
        shortcut(robot, KeyCode.SHIFT, KeyCode.E);
        assertThat(harness.dialogs.asked).contains("replace:summary.md");
        assertThat(Files.readString(existing)).as("not replaced: the answer was no").isEqualTo("my notes");

        harness.dialogs.exportAnswers.add(harness.home.resolve("summary"));
        harness.dialogs.replaceAnswers.add(true);
        shortcut(robot, KeyCode.SHIFT, KeyCode.E);
        assertThat(Files.readString(existing)).contains("# Database Vanished");

        harness.dialogs.exportAnswers.add(harness.home.resolve("slides"));
        shortcut(robot, KeyCode.E);
        assertThat(harness.home.resolve("slides.pdf")).exists();
        assertThat(harness.home.resolve("slides")).doesNotExist();
    }
}
