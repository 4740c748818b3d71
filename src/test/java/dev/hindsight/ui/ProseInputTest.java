package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.ui.writing.ProseArea;
import java.util.List;
import javafx.event.Event;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the RichTextFX prose fields (decisions 0025, 0030) must do as well as a text area:
 * text composed by an input method (CJK) arrives when committed, right-to-left text typed keeps
 * its characters in order, and both are edits on the report's one undo stack. Neither script is
 * underlined as misspelt in an English report. (Headless, the input method's events are fired at
 * the field as the platform would send them; the look of the preedit text is not checked.)
 */
class ProseInputTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ProseArea rootCause(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#root-cause");
        return robot.from(window.stage().getScene().getRoot()).lookup("#root-cause").queryAs(ProseArea.class);
    }

    private static InputMethodEvent compose(ProseArea area, String composed, String committed) {
        List<InputMethodTextRun> runs = composed.isEmpty() ? List.of()
                : List.of(new InputMethodTextRun(composed, InputMethodHighlight.UNSELECTED_RAW));
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, runs, committed, composed.length());
    }

    /** Each character as the key-typed event a keyboard layout of that script sends (TestFX's robot maps only Latin keys). */
    private static void typeChars(FxRobot robot, ProseArea area, String text) {
        text.codePoints().forEach(cp -> robot.interact(() -> Event.fireEvent(area, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, Character.toString(cp), "", KeyCode.UNDEFINED,
                false, false, false, false))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void textComposedByAnInputMethodArrivesOnCommitAsOneUndoableEdit(FxRobot robot) {
        ProseArea area = rootCause(robot);
        write(robot, "Outage in ");
        robot.interact(() -> Event.fireEvent(area, compose(area, "とうきょう", "")));
        robot.interact(() -> Event.fireEvent(area, compose(area, "東京", "")));
        robot.interact(() -> Event.fireEvent(area, compose(area, "", "東京")));
        write(robot, " region");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("Outage in 東京 region");
        assertThat(window.document().current().rootCause()).isEqualTo("Outage in 東京 region");

        window.checks().checkNow();
        waitUntil(() -> window.checks().isUpToDate() && window.checks().completedChecks().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.shownFindings()).as("no misspelling in Japanese words").isEmpty();

        robot.interact(() -> window.document().endMerging());
        write(robot, "s");
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().rootCause()).startsWith("Outage in 東京 region")
                .doesNotEndWith("regions");
    }

    @Test
    void rightToLeftTextTypedKeepsItsOrderAndIsNotUnderlined(FxRobot robot) {
        ProseArea area = rootCause(robot);
        String arabic = "تعطل الخادم";
        String hebrew = "שרת נפל";
        typeChars(robot, area, "DB: " + arabic + " / " + hebrew);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("DB: " + arabic + " / " + hebrew);
        assertThat(window.document().current().rootCause()).isEqualTo("DB: " + arabic + " / " + hebrew);

        // Home, then Shift+End selects the whole line, as in a text area (RichTextFX's End stopped
        // inside the Arabic run); End from the middle goes to the end, Shift+Home selects back
        robot.type(KeyCode.HOME);
        robot.push(KeyCode.SHIFT, KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("DB: " + arabic + " / " + hebrew);
        robot.interact(() -> area.moveTo(7));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCaretPosition()).isEqualTo(area.getLength());
        robot.interact(() -> area.moveTo(8));
        robot.push(KeyCode.SHIFT, KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("DB: تعطل");

        window.checks().checkNow();
        waitUntil(() -> window.checks().isUpToDate() && window.checks().completedChecks().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.shownFindings()).as("no misspelling in Arabic or Hebrew words").isEmpty();
    }
}
