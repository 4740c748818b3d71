package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.dialogs.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import dev.hindsight.ui.writing.ProseArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window driven as a user drives it: keyboard, mouse, the File menu's flows. */
class EditorWindowTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects all of a field's text, types over it and presses Enter. */
    private void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        shortcut(robot, KeyCode.A);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fillingTheSummaryAndASectionThenSavingWritesThemToTheJson(FxRobot robot) throws Exception {
        type(robot, "#summary-title", "Checkout down");
        type(robot, "#summary-incident-id", "INC-7");
        robot.interact(() -> {
            ComboBox<?> severity = robot.lookup("#summary-severity").queryAs(ComboBox.class);
            severity.getSelectionModel().select(2);
        });
        type(robot, "#summary-confidentiality", "Internal");
        type(robot, "#summary-authors", "Ana");
        robot.type(KeyCode.ENTER).write("SRE team");
        robot.interact(() -> robot.lookup("#summary-zone").queryAs(ComboBox.class).setValue("Europe/Paris"));
        robot.interact(() -> robot.lookup("#summary-start-date").queryAs(DatePicker.class)
                .setValue(java.time.LocalDate.of(2024, 6, 10)));
        type(robot, "#summary-start-time", "13:00");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#summary-end-date").queryAs(DatePicker.class)
                .setValue(java.time.LocalDate.of(2024, 6, 10)));
        type(robot, "#summary-end-time", "14:30");
        robot.type(KeyCode.ENTER);
        type(robot, "#summary-users-affected", "12.5");
        robot.type(KeyCode.TAB);
        type(robot, "#summary-impact", "Nobody could pay");
        type(robot, "#summary-rootcause", "A certificate expired");
        assertThat(robot.lookup("#glance-duration").queryAs(Label.class).getText()).isEqualTo("1 h 30 min");

        shortcut(robot, KeyCode.DIGIT3);
        type(robot, "#root-cause", "The **cert** was not renewed");

        Path target = harness.home.resolve("saved.postmortem.json");
        harness.dialogs.saveAnswers.add(target);
        shortcut(robot, KeyCode.S);

        assertThat(harness.dialogs.suggestedNames).containsExactly("Checkout down.postmortem.json");
        JsonNode json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.get("title").asText()).isEqualTo("Checkout down");
        assertThat(json.get("incidentId").asText()).isEqualTo("INC-7");
        assertThat(json.get("severity").asText()).isEqualTo("SEV2");
        assertThat(json.get("confidentiality").asText()).isEqualTo("Internal");
        assertThat(json.get("authors").toString()).isEqualTo("[\"Ana\",\"SRE team\"]");
        assertThat(json.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(json.at("/summary/startedAt").asText()).isEqualTo("2024-06-10T11:00:00Z");
        assertThat(json.at("/summary/endedAt").asText()).isEqualTo("2024-06-10T12:30:00Z");
        assertThat(json.at("/summary/usersAffectedPercent").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(json.at("/summary/impact").asText()).isEqualTo("Nobody could pay");
        assertThat(json.at("/summary/rootCause").asText()).isEqualTo("A certificate expired");
        assertThat(json.get("rootCause").asText()).isEqualTo("The **cert** was not renewed");
        assertThat(json.get("createdAt").isNull()).isFalse();
        assertThat(window.stage().getTitle()).isEqualTo("Checkout down \u2014 saved.postmortem.json \u2014 Hindsight");
    }

    @Test
    void openingAFileShowsItsFields(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        assertThat(robot.lookup("#summary-title").queryAs(ProseArea.class).getText()).isEqualTo("Database Vanished");
        assertThat(robot.lookup("#summary-incident-id").queryAs(TextField.class).getText()).isEqualTo("INC-2024-0610");
        assertThat(robot.lookup("#summary-start-time").queryAs(TextField.class).getText()).isEqualTo("11:00");
        assertThat(robot.lookup("#glance-time-to-respond").queryAs(Label.class).getText()).isEqualTo("5 min");
        assertThat(robot.lookup("#summary-users-affected").queryAs(TextField.class).getText()).isEqualTo("100");
        shortcut(robot, KeyCode.DIGIT4);
        assertThat(robot.lookup("#resolution").queryAs(ProseArea.class).getText())
                .startsWith("1. Identified the accidental execution");
        assertThat(window.stage().getTitle()).startsWith("Database Vanished \u2014 database-vanished.json");
        assertThat(window.document().dirty().get()).isFalse();
    }

    @Test
    void invalidInputIsMarkedAtTheFieldAndNotSaved(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        TextField users = robot.lookup("#summary-users-affected").queryAs(TextField.class);
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(users)).as("nothing to decorate yet")
                .isNullOrEmpty();
        replace(robot, "#summary-users-affected", "150");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary-users-affected-error").queryAs(Label.class).getText())
                .contains("from 0 to 100");
        // the validation support, made at the first error, decorates the field (issue 18: not for the first frame)
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(users)).isNotEmpty();
        assertThat(users.getTooltip().getText()).contains("from 0 to 100");
        assertThat(window.document().current().summary().usersAffectedPercent()).isEqualByComparingTo("100");
        assertThat(robot.lookup("#summary-users-affected").queryAs(TextField.class).getText()).isEqualTo("150");
        replace(robot, "#summary-users-affected", "90");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().summary().usersAffectedPercent()).isEqualByComparingTo("90");
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(users)).as("taken: undecorated")
                .isNullOrEmpty();
        assertThat(users.getTooltip()).isNull();

        replace(robot, "#summary-end-time", "10:00");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary-window-error").queryAs(Label.class).getText())
                .startsWith("The end is before the start");
    }

    @Test
    void anEndBeforeTheStartIsWarnedAboutAndShowsNoNegativeDuration(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        assertThat(robot.lookup("#glance-duration").queryLabeled().getText()).isEqualTo("2 h 00 min");
        assertThat(robot.lookup("#status-warnings").queryLabeled().isVisible()).isFalse();
        replace(robot, "#summary-end-time", "10:00");
        assertThat(robot.lookup("#summary-window-error").queryLabeled().getText())
                .isEqualTo("The end is before the start: correct one of them (until then no duration is shown)");
        assertThat(robot.lookup("#glance-duration").queryLabeled().getText()).isEqualTo("\u2014");
        assertThat(robot.lookup("#glance-time-to-resolve").queryLabeled().getText()).doesNotContain("\u2212");
        assertThat(robot.lookup("#status-warnings").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#status-warnings").queryLabeled().getText())
                .isEqualTo("The incident ends before it starts (Issue Summary: Started, Ended)");
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(robot.lookup("#timeline-footer").queryLabeled().getText()).doesNotContain("\u2212");
        shortcut(robot, KeyCode.Z);
        assertThat(robot.lookup("#status-warnings").queryLabeled().isVisible()).as("gone once corrected").isFalse();
    }

    @Test
    void typingANumberOnTheSeverityPicksThatSeverity(FxRobot robot) {
        robot.clickOn("#summary-severity");
        keys(robot, KeyCode.ESCAPE);
        write(robot, "2");
        assertThat(window.document().current().severity()).isEqualTo(dev.hindsight.model.Severity.SEV2);
        write(robot, "5");
        assertThat(window.document().current().severity()).isEqualTo(dev.hindsight.model.Severity.SEV5);
        assertThat(robot.lookup("#summary-severity .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .as("the drop-down shows what was picked").isEqualTo("SEV5");
        robot.interact(() -> robot.lookup("#summary-severity").queryAs(ComboBox.class).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary-severity .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .as("the drop-down shows what was picked").isEqualTo("SEV2");
        // the tooltip is made as the pointer comes over the drop-down
        ComboBox<?> severity = robot.lookup("#summary-severity").queryAs(ComboBox.class);
        robot.moveTo(severity);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(severity.getTooltip().getText()).isEqualTo("Type to choose: 1 SEV1, 2 SEV2, 3 SEV3, 4 SEV4, 5 SEV5");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        type(robot, "#summary-title", "Draft");
        harness.dialogs.saveChanges.add(SaveChoice.CANCEL);
        shortcut(robot, KeyCode.W);
        assertThat(harness.dialogs.asked).contains("save-changes:Draft");
        assertThat(window.stage().isShowing()).isTrue();
        harness.dialogs.saveChanges.add(SaveChoice.DONT_SAVE);
        shortcut(robot, KeyCode.W);
        assertThat(window.stage().isShowing()).isFalse();
    }

    @Test
    void undoAndRedoReachEveryEditAcrossTabs(FxRobot robot) {
        type(robot, "#summary-title", "First");
        shortcut(robot, KeyCode.DIGIT3);
        type(robot, "#root-cause", "Because");
        assertThat(window.document().undoLabel().get()).isEqualTo("Undo Typing in Root Cause");
        shortcut(robot, KeyCode.Z);
        assertThat(robot.lookup("#root-cause").queryAs(ProseArea.class).getText()).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().title()).isEmpty();
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(robot.lookup("#summary-title").queryAs(ProseArea.class).getText()).isEmpty();
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(robot.lookup("#summary-title").queryAs(ProseArea.class).getText()).isEqualTo("First");
        shortcut(robot, KeyCode.Y);
        assertThat(window.document().current().rootCause()).isEqualTo("Because");
        assertThat(window.document().dirty().get()).isTrue();
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().dirty().get()).as("undone back to the opened state").isFalse();
    }

    @Test
    void aRefusedFileLeavesTheOpenReportUntouched(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        robot.clickOn("#summary-incident-id").type(KeyCode.END).write("-b");
        var before = window.document().current();
        openFixture(robot, "broken/bad-instant.json");
        assertThat(harness.dialogs.asked).anyMatch(a -> a.startsWith("save-changes"));
        harness.dialogs.saveChanges.add(SaveChoice.DONT_SAVE);
        openFixture(robot, "broken/bad-instant.json");
        assertThat(harness.dialogs.errors).singleElement().asString()
                .contains("bad-instant.json: timeline[3].at (line 39, column 13): expected an instant");
        assertThat(window.document().current()).isSameAs(before);
        assertThat(window.document().dirty().get()).isTrue();
        assertThat(robot.lookup("#summary-incident-id").queryAs(TextField.class).getText()).isEqualTo("INC-2024-0610-b");
    }

    @Test
    void aFailedSaveKeepsTheReportUnsavedAndOffersSaveAs(FxRobot robot) throws Exception {
        type(robot, "#summary-title", "Keep me");
        Path folder = Files.createDirectory(harness.home.resolve("ro"));
        harness.dialogs.saveAnswers.add(folder.resolve("missing/x.postmortem.json"));
        harness.dialogs.saveAsAfterFailure.add(true);
        harness.dialogs.saveAnswers.add(folder.resolve("x.postmortem.json"));
        shortcut(robot, KeyCode.S);
        assertThat(harness.dialogs.errors).singleElement().asString().contains("could not be saved")
                .contains("missing");
        assertThat(Files.readString(folder.resolve("x.postmortem.json"))).contains("\"title\": \"Keep me\"");
        assertThat(window.document().dirty().get()).isFalse();
    }
}
