package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.compare.ReportMerge;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.model.Comment;
import dev.hindsight.model.Report;
import dev.hindsight.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import dev.hindsight.ui.writing.ProseArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare with…, recorded merge conflicts and review comments in the window, saved and read back. */
class ReviewWindowTest extends GuiTest {
    private final ReportFiles files = new ReportFiles();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Report example() throws Exception {
        return files.open(Fixtures.path(Fixtures.EXAMPLE)).report();
    }

    private void openFile(FxRobot robot, Path file) {
        harness.dialogs.openAnswers.add(file);
        shortcut(robot, KeyCode.O);
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    @Test
    void aRecordedConflictIsResolvedSavedAndGoneWhenReopened(FxRobot robot) throws Exception {
        Report base = example();
        Report merged = ReportMerge.merge(base, base.withTitle("Database Vanished (ours)"),
                base.withTitle("Database Vanished (theirs)")).report();
        assertThat(merged.mergeConflicts()).hasSize(1);
        Path file = harness.home.resolve("merged.postmortem.json");
        files.save(merged, null, file);

        openFile(robot, file);
        ListView<?> list = robot.lookup("#conflicts-list").queryAs(ListView.class);
        assertThat(list.getItems()).as("opening a report with conflicts lists them").hasSize(1);
        robot.clickOn("#conflict-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().title()).isEqualTo("Database Vanished (theirs)");
        assertThat(list.getItems()).isEmpty();

        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().mergeConflicts()).as("resolving is undoable").hasSize(1);
        assertThat(window.document().current().title()).isEqualTo("Database Vanished (ours)");
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);

        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.document().dirty().get());
        JsonNode saved = json(file);
        assertThat(saved.path("title").asText()).isEqualTo("Database Vanished (theirs)");
        assertThat(saved.path("mergeConflicts").size()).as("the last one resolved, no record is left").isZero();

        openFile(robot, file);
        assertThat(window.document().current().mergeConflicts()).isEmpty();
        assertThat(window.document().current().title()).isEqualTo("Database Vanished (theirs)");
    }

    @Test
    void aCommentOnSelectedWordsIsAddedResolvedSavedAndReadBack(FxRobot robot) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        openFile(robot, file);
        shortcut(robot, KeyCode.DIGIT3);
        ProseArea area = robot.lookup("#root-cause").queryAs(ProseArea.class);
        String words = area.getText().substring(0, Math.min(20, area.getText().length()));
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(0, words.length());
        });
        harness.dialogs.textAnswers.add("Rita Reviewer");
        harness.dialogs.textAnswers.add("Is this the root cause, or a symptom?");
        shortcut(robot, KeyCode.ALT, KeyCode.M);
        assertThat(harness.dialogs.asked).contains("text:Your Name", "text:Add Comment");

        ListView<?> list = robot.lookup("#comments-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        WaitForAsyncUtils.waitForFxEvents();
        // the field as the window names it (before: "in rootCause", the file's key)
        assertThat(robot.from(list).lookup(".label").queryAll().stream().map(n -> ((javafx.scene.control.Label) n)
                .getText())).contains("\u201c" + words + "\u201d in Root Cause");
        assertThat(area.shownHighlights()).as("the commented words are highlighted")
                .contains(new dev.hindsight.ui.writing.Highlight(0, words.length(), "comment"));
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#comment-resolve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.shownHighlights()).as("a resolved comment is not highlighted")
                .noneMatch(h -> h.kind().equals("comment"));
        Comment c = window.document().current().comments().get(0);
        assertThat(c.resolved()).isTrue();
        assertThat(c.quote()).isEqualTo(words);
        assertThat(c.author()).isEqualTo("Rita Reviewer");

        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !window.document().dirty().get());
        JsonNode saved = json(file).path("comments").path(0);
        assertThat(saved.path("text").asText()).isEqualTo("Is this the root cause, or a symptom?");
        assertThat(saved.path("quote").asText()).isEqualTo(words);
        assertThat(saved.path("path").asText()).isEqualTo("rootCause");
        assertThat(saved.path("resolved").asBoolean()).isTrue();

        openFile(robot, file);
        assertThat(window.document().current().comments()).singleElement()
                .satisfies(r -> assertThat(r.resolved()).isTrue());

        // the name is asked once
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(0, 3);
        });
        harness.dialogs.textAnswers.add("Second thought");
        shortcut(robot, KeyCode.ALT, KeyCode.M);
        assertThat(harness.dialogs.asked.stream().filter("text:Your Name"::equals)).hasSize(1);
        assertThat(window.document().current().comments()).hasSize(2);
    }

    @Test
    void takingTheirsIsOneUndoableEdit(FxRobot robot) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        // their copy: the same file but for one field (saving it would stamp updatedAt too)
        com.fasterxml.jackson.databind.node.ObjectNode theirs = (com.fasterxml.jackson.databind.node.ObjectNode)
                json(Fixtures.path(Fixtures.EXAMPLE));
        theirs.put("resolution", "Restored from the backup of 03:00.");
        Path other = harness.home.resolve("theirs.postmortem.json");
        Files.writeString(other, new ObjectMapper().writeValueAsString(theirs));
        openFile(robot, file);
        Report before = window.document().current();

        harness.dialogs.compareAnswers.add(other);
        robot.interact(() -> window.review().compareWith());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#compare-list").queryAs(ListView.class);
        assertThat(list.getItems()).as("a section heading and the difference").hasSize(2);
        robot.clickOn(".take-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().resolution()).isEqualTo("Restored from the backup of 03:00.");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> list.getItems().isEmpty());

        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current()).isEqualTo(before);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> list.getItems().size() == 2);
    }

    @Test
    void everyTakeTheirsOfALongPathIsInSightWithoutScrollingSideways(FxRobot robot) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        com.fasterxml.jackson.databind.node.ObjectNode theirs = (com.fasterxml.jackson.databind.node.ObjectNode)
                json(Fixtures.path(Fixtures.EXAMPLE));
        // a difference deep in the report: its path is longer than the panel is wide beside a button
        ((com.fasterxml.jackson.databind.node.ObjectNode) theirs.get("measures").get("actionItems").get(2))
                .put("owner", "Bob Stone");
        theirs.put("resolution", "Restored from the backup of 03:00.");
        Path other = harness.home.resolve("theirs-owner.postmortem.json");
        Files.writeString(other, new ObjectMapper().writeValueAsString(theirs));
        openFile(robot, file);
        harness.dialogs.compareAnswers.add(other);
        robot.interact(() -> window.review().compareWith());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#compare-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.getScene().getRoot().applyCss();
            list.getScene().getRoot().layout();
            double right = list.localToScene(list.getBoundsInLocal()).getMaxX();
            java.util.Set<javafx.scene.Node> takes = robot.from(list).lookup(".take-theirs").queryAll();
            // before: the longest card made every cell wider than the list; each button was past its edge
            assertThat(takes).hasSize(2).allSatisfy(b -> assertThat(b.localToScene(b.getBoundsInLocal()).getMaxX())
                    .isLessThanOrEqualTo(right));
            assertThat(list.lookupAll(".scroll-bar").stream().filter(b -> b instanceof javafx.scene.control.ScrollBar sb
                    && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible())).isEmpty();
        });
    }

    @Test
    void aBrokenOtherCopyIsRefusedWithTheValidateMessage(FxRobot robot) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        openFile(robot, file);
        Report before = window.document().current();
        Path broken = harness.home.resolve("broken.postmortem.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"title\": [");
        String expected;
        try {
            files.open(broken);
            throw new AssertionError("the broken file was read");
        } catch (dev.hindsight.format.ReportFormatException e) {
            expected = e.getMessage();
        }
        harness.dialogs.compareAnswers.add(broken);
        robot.interact(() -> window.review().compareWith());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.errors).last().asString().contains(expected);
        assertThat(window.document().current()).isSameAs(before);
        assertThat(robot.lookup("#compare-list").tryQuery()).isEmpty();
    }

    @Test
    void aCommentOnATimelineRowGetsARepliesAndIsDeletedEachUndoable(FxRobot robot) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, harness.home);
        openFile(robot, file);
        shortcut(robot, KeyCode.DIGIT2);
        javafx.scene.control.TableView<?> table = robot.lookup("#timeline").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(2);
        });
        harness.dialogs.textAnswers.add("Rita Reviewer");
        harness.dialogs.textAnswers.add("Which alert was this?");
        shortcut(robot, KeyCode.ALT, KeyCode.M);
        Comment c = window.document().current().comments().get(0);
        assertThat(c.path()).isEqualTo("timeline[2]");
        assertThat(c.quote()).isEqualTo(window.document().current().timeline().get(2).text());

        ListView<?> list = robot.lookup("#comments-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        harness.dialogs.textAnswers.add("The disk alert.");
        robot.clickOn("#comment-reply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().comments().get(0).replies()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("The disk alert."));
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#comment-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().comments()).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().comments()).singleElement()
                .satisfies(r -> assertThat(r.replies()).hasSize(1));
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().comments().get(0).replies()).isEmpty();
    }
}
