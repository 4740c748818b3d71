package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.SmallLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Classifying a report on the Summary tab, with completion from an open library's other reports. */
class ClassificationTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The classification is at the foot of the Summary tab: scroll down to it, as a user does. */
    private static void scrollDown(FxRobot robot) {
        robot.interact(() -> robot.lookup("#summary").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tagsAndServicesCompleteFromTheOpenLibraryAndEverythingIsSavedAsVersion2(FxRobot robot) throws Exception {
        Path reports = SmallLibrary.copyTo(Files.createTempDirectory(harness.home, "library"));
        robot.interact(() -> harness.app.libraries().open(reports));
        robot.interact(() -> window.stage().toFront());
        scrollDown(robot);
        robot.clickOn("#summary-tags").write("data");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> offered = robot.lookup("#summary-tags-completions").queryAs(ListView.class);
        assertThat(offered.getItems()).containsExactly("database");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary-tags").queryAs(TextField.class).getText()).isEqualTo("database, ");
        write(robot, "cus");
        assertThat(offered.getItems()).as("nothing named so in the library").isEmpty();
        write(robot, "tomer-facing");

        robot.clickOn("#summary-services").write("pay");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> services = robot.lookup("#summary-services-completions").queryAs(ListView.class);
        assertThat(services.getItems()).containsExactly("payment-gateway");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary-services").queryAs(TextField.class).getText()).isEqualTo("payment-gateway, ");
        assertThat(javafx.stage.Window.getWindows()).as("the completion closed").noneMatch(w -> w instanceof javafx.stage.Popup);
        robot.clickOn("#summary-factor-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#summary-factor-category-0").write("capacity");
        robot.clickOn("#summary-factor-description-0").write("Logs were never rotated.");
        robot.clickOn("#summary-related").write("INC-3");
        scrollDown(robot);
        robot.clickOn("#summary-near-miss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().classification().nearMiss()).isTrue();
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().classification().nearMiss()).as("undone like any edit").isFalse();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().classification().nearMiss()).as("and redone").isTrue();

        Path target = harness.home.resolve("classified.postmortem.json");
        harness.dialogs.saveAnswers.add(target);
        shortcut(robot, KeyCode.S);
        JsonNode json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("tags").toString()).isEqualTo("[\"database\",\"customer-facing\"]");
        assertThat(json.get("affectedServices").toString()).isEqualTo("[\"payment-gateway\"]");
        assertThat(json.get("contributingFactors").toString())
                .isEqualTo("[{\"category\":\"capacity\",\"description\":\"Logs were never rotated.\"}]");
        assertThat(json.get("relatedIncidents").toString()).isEqualTo("[\"INC-3\"]");
        assertThat(json.get("nearMiss").asBoolean()).isTrue();
    }

    @Test
    void aFactorIsRemovedAndTheRemovalUndone(FxRobot robot) {
        scrollDown(robot);
        robot.clickOn("#summary-factor-add");
        robot.clickOn("#summary-factor-description-0").write("A deploy on Friday.");
        robot.clickOn("#summary-factor-remove-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().classification().contributingFactors()).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().classification().contributingFactors()).singleElement()
                .satisfies(f -> assertThat(f.description()).isEqualTo("A deploy on Friday."));
        assertThat(robot.lookup("#summary-factor-description-0").queryAs(TextField.class).getText())
                .isEqualTo("A deploy on Friday.");
    }
}
