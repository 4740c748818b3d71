package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.check.Finding;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.ui.writing.ProseArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Spell check in the window: typed words are underlined by rule, and the right-click menu's choices. */
class SpellingWindowTest extends GuiTest {
    private static final String TYPED = "Teh definately mesage about Redis";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ProseArea typeInRootCause(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#root-cause");
        write(robot, TYPED);
        ProseArea area = robot.lookup("#root-cause").queryAs(ProseArea.class);
        waitUntil(() -> words(area).size() == 3);
        return area;
    }

    private static List<String> words(ProseArea area) {
        return area.shownFindings().stream().map(Finding::text).toList();
    }

    /** Clicks into the word and opens its menu with Shift+F10 (a right-click's event does not reach a headless window). */
    private static void menuOn(FxRobot robot, ProseArea area, String word) throws Exception {
        int start = area.getText().indexOf(word);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(start + 1, start + 2).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY())).clickOn(MouseButton.PRIMARY);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMisspeltWordIsUnderlinedAndItsSuggestionReplacesItAsOneUndoStep(FxRobot robot) throws Exception {
        ProseArea area = typeInRootCause(robot);
        assertThat(words(area)).containsExactly("Teh", "definately", "mesage");
        assertThat(area.getStyleOfChar(TYPED.indexOf("definately") + 2)).contains("-rtfx-underline-color: #d1242f");
        assertThat(area.getStyleOfChar(TYPED.indexOf("Redis") + 1)).as("a technical word").isEmpty();
        assertThat(area.getStyleOfChar(3)).as("the space after Teh").isEmpty();

        menuOn(robot, area, "definately");
        robot.clickOn("definitely");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().rootCause()).isEqualTo("Teh definitely mesage about Redis");
        waitUntil(() -> words(area).size() == 2);
        assertThat(words(area)).containsExactly("Teh", "mesage");

        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().rootCause()).isEqualTo(TYPED);
        assertThat(area.getText()).isEqualTo(TYPED);
        waitUntil(() -> words(area).size() == 3);
    }

    @Test
    void ignoreInThisReportIsSavedInTheReportAndUndone(FxRobot robot) throws Exception {
        ProseArea area = typeInRootCause(robot);
        menuOn(robot, area, "Teh");
        robot.clickOn("Ignore in This Report");
        waitUntil(() -> words(area).size() == 2);
        assertThat(words(area)).containsExactly("definately", "mesage");

        Path target = harness.home.resolve("ignored.postmortem.json");
        harness.dialogs.saveAnswers.add(target);
        shortcut(robot, KeyCode.S);
        JsonNode json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        JsonNode dismissed = json.get("dismissedFindings");
        assertThat(dismissed).hasSize(1);
        assertThat(dismissed.get(0).get("rule").asText()).isEqualTo("spelling");
        assertThat(dismissed.get(0).get("path").asText()).isEqualTo("rootCause");
        assertThat(dismissed.get(0).get("text").asText()).isEqualTo("Teh");
        assertThat(json.get("rootCause").asText()).isEqualTo(TYPED);

        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().review().dismissed()).isEmpty();
        assertThat(window.document().current().rootCause()).as("only the ignore is undone").isEqualTo(TYPED);
        waitUntil(() -> words(area).size() == 3);
    }

    @Test
    void addToMyDictionaryWritesThePersonalListWhichANewSessionReads(FxRobot robot) throws Exception {
        ProseArea area = typeInRootCause(robot);
        menuOn(robot, area, "mesage");
        robot.clickOn("Add \u201cmesage\u201d to My Dictionary");
        waitUntil(() -> words(area).size() == 2);
        assertThat(words(area)).containsExactly("Teh", "definately");
        assertThat(window.document().current().rootCause()).as("the report is unchanged").isEqualTo(TYPED);

        Path file = harness.home.resolve("config").resolve(PersonalDictionary.FILE_NAME);
        assertThat(Files.readAllLines(file)).contains("mesage");
        assertThat(PersonalDictionary.open(file).words().accepts("mesage")).as("after a restart").isTrue();
    }
}
