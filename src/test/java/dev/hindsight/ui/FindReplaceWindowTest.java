package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.writing.ProseArea;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find and replace across the whole report, from the keyboard. */
class FindReplaceWindowTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static int selectedTab(FxRobot robot) {
        return robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().getSelectedIndex();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Label.class).getText();
    }

    @Test
    void ctrlFFindsAWordInATimelineRowFromTheSummaryAndGoesThere(FxRobot robot) throws Exception {
        openFixture(robot, Fixtures.EXAMPLE);
        assertThat(selectedTab(robot)).isZero();
        shortcut(robot, KeyCode.F);
        write(robot, "pager");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("1 of 1");
        assertThat(selectedTab(robot)).isEqualTo(1);
        TableView<?> timeline = robot.lookup("#timeline").queryAs(TableView.class);
        assertThat(timeline.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#find-text").query().isFocused()).as("Enter again goes on finding").isTrue();

        // F3 from anywhere goes on; a prose field's match is selected and highlighted
        robot.interact(() -> robot.lookup("#find-text").queryTextInputControl().setText("backup"));
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).endsWith("matches");
        for (int i = 0; i < 2; i++) {
            robot.type(KeyCode.F3);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(selectedTab(robot)).as("Resolution and Recovery").isEqualTo(3);
        // The tab is built on its first showing: the match is selected once its field is there.
        // Looked up in this window only: an earlier test class's window may still hold a field of that id.
        javafx.scene.Parent root = window.stage().getScene().getRoot();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.from(root).lookup("#resolution")
                .tryQuery().map(n -> "backup".equals(((ProseArea) n).getSelectedText())).orElse(false));
        ProseArea resolution = robot.from(root).lookup("#resolution").queryAs(ProseArea.class);
        assertThat(resolution.getSelectedText()).isEqualTo("backup");
        assertThat(resolution.shownHighlights()).isNotEmpty();
        assertThat(resolution.getStyleOfChar(resolution.getSelection().getStart())).contains("-rtfx-background-color");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
        assertThat(resolution.shownHighlights()).as("closing the bar clears its highlights").isEmpty();
    }

    @Test
    void theListOfMatchesMarksTheWordsMatchedAndStaysWithinItsWidth(FxRobot robot) {
        openFixture(robot, Fixtures.EXAMPLE);
        waitUntil(() -> window.document().file().get() != null);
        shortcut(robot, KeyCode.F);
        write(robot, "the");
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = robot.lookup("#find-matches").queryAs(javafx.scene.control.ListView.class);
        Stage stage = window.stage();
        double w = stage.getWidth();
        try {
            for (double width : new double[] {1280, 700}) {
                robot.interact(() -> stage.setWidth(width));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    list.getScene().getRoot().applyCss();
                    list.getScene().getRoot().layout();
                    java.util.Set<javafx.scene.Node> marked = robot.from(list).lookup(".find-match-word").queryAll();
                    // before: a snippet was plain text, and a line of "the" did not say which "the" it was
                    assertThat(marked).as("the matched words, marked").isNotEmpty().allSatisfy(n -> {
                        Label word = (Label) n;
                        assertThat(word.getText()).isEqualToIgnoringCase("the");
                        if (word.getParent().isVisible() && word.getScene() != null) {
                            double right = word.localToScene(word.getBoundsInLocal()).getMaxX();
                            assertThat(right).as("at %.0f px", width).isLessThanOrEqualTo(
                                    list.localToScene(list.getBoundsInLocal()).getMaxX());
                        }
                    });
                    assertThat(list.lookupAll(".scroll-bar").stream().filter(b -> b instanceof javafx.scene.control.ScrollBar s
                            && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible()))
                            .as("the list scrolls sideways at %.0f px", width).isEmpty();
                });
            }
        } finally {
            robot.interact(() -> stage.setWidth(w));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void replaceAllAcrossSectionsIsUndoneByOneCtrlZ(FxRobot robot) throws Exception {
        Path saved = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        harness.dialogs.openAnswers.add(saved);
        shortcut(robot, KeyCode.O);
        Report before = window.document().current();
        shortcut(robot, KeyCode.H);
        write(robot, "database");
        robot.clickOn("#replace-text");
        write(robot, "datastore");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();

        Report after = window.document().current();
        assertThat(count(robot)).startsWith("Replaced ");
        assertThat(after.summary().impact()).contains("datastore").doesNotContain("database");
        assertThat(after.rootCause()).contains("datastore").doesNotContain("database");
        assertThat(after.resolution()).contains("datastore").doesNotContain("database");
        assertThat(after.timeline().get(2).text()).contains("datastore");
        assertThat(after.title()).as("match case is off: Database too, replaced as written").isEqualTo(
                "datastore Vanished");

        shortcut(robot, KeyCode.S);
        JsonNode json = new ObjectMapper().readTree(saved.toFile());
        assertThat(json.get("rootCause").asText()).isEqualTo(after.rootCause());
        assertThat(json.toString()).doesNotContainIgnoringCase("database");

        robot.clickOn("#find-text");
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current()).isEqualTo(before);
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(robot.lookup("#root-cause").queryAs(ProseArea.class).getText()).isEqualTo(before.rootCause());
    }
}
