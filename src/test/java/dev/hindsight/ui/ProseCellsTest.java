package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.edit.ReportEdit;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.ui.table.ProseEditCell;
import dev.hindsight.ui.writing.FormattedLine;
import dev.hindsight.ui.writing.ProseArea;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one-line prose fields: the title and the editors of timeline events and action titles underline
 * unknown words as typed and offer the word menu; event cells show their inline Markdown formatted.
 */
class ProseCellsTest extends GuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private NodeQuery mine(FxRobot robot, String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query);
    }

    private static List<String> words(List<Finding> findings) {
        return findings.stream().map(Finding::text).toList();
    }

    private List<TimelineEntry> timeline() {
        return window.document().current().timeline();
    }

    private void setTimeline(FxRobot robot, String... texts) {
        robot.interact(() -> window.document().execute(ReportEdit.of("Rows", r -> {
            List<TimelineEntry> rows = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                rows.add(new TimelineEntry(Instant.parse("2024-06-10T11:00:00Z").plusSeconds(60L * i), EntryKind.NOTE,
                        texts[i]));
            }
            return r.withTimeline(rows);
        })));
    }

    @SuppressWarnings("unchecked")
    private ProseEditCell<Object> eventCell(FxRobot robot, int row) {
        for (Node n : mine(robot, ".prose-cell").queryAll()) {
            if (n instanceof ProseEditCell<?> cell && cell.getIndex() == row && cell.getTableView().getId().equals("timeline")
                    && !cell.isEmpty()) {
                return (ProseEditCell<Object>) cell;
            }
        }
        throw new AssertionError("no event cell for row " + row);
    }

    /** Puts the caret inside {@code word} of the area and opens its menu with Shift+F10. */
    private static void menuOn(FxRobot robot, ProseArea area, String word) {
        int at = area.getText().indexOf(word) + 1;
        robot.interact(() -> area.moveTo(at));
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void editEvent(FxRobot robot, int row) {
        TableView<Object> table = mine(robot, "#timeline").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(row);
            table.getFocusModel().focus(row, table.getColumns().get(3));
            table.requestFocus();
        });
        keys(robot, KeyCode.F2);
    }

    @Test
    void aWordTypedIntoAnEventCellIsUnderlinedAndItsSuggestionReplacesItAsOneUndoStep(FxRobot robot) {
        setTimeline(robot, "");
        shortcut(robot, KeyCode.DIGIT2);
        editEvent(robot, 0);
        write(robot, "Teh outage begins");
        ProseArea editor = mine(robot, "#cell-editor").queryAs(ProseArea.class);
        assertThat(editor.isOneLine()).isTrue();
        waitUntil(() -> words(editor.shownFindings()).equals(List.of("Teh")));
        assertThat(timeline().get(0).text()).as("not committed while typing").isEmpty();
        assertThat(editor.getStyleOfChar(1)).contains("-rtfx-underline-color: #d1242f");

        keys(robot, KeyCode.ENTER);
        assertThat(timeline().get(0).text()).isEqualTo("Teh outage begins");
        assertThat(mine(robot, "#cell-editor").tryQuery()).as("Enter commits and leaves the editor").isEmpty();
        waitUntil(() -> words(eventCell(robot, 0).shownFindings()).equals(List.of("Teh")));
        assertThat(eventCell(robot, 0).getText()).isEqualTo("Teh outage begins");

        editEvent(robot, 0);
        ProseArea again = mine(robot, "#cell-editor").queryAs(ProseArea.class);
        waitUntil(() -> words(again.shownFindings()).equals(List.of("Teh")));
        menuOn(robot, again, "Teh");
        robot.clickOn("The");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.getText()).isEqualTo("The outage begins");
        keys(robot, KeyCode.ENTER);
        assertThat(timeline().get(0).text()).isEqualTo("The outage begins");

        shortcut(robot, KeyCode.Z);
        assertThat(timeline().get(0).text()).as("one undo step").isEqualTo("Teh outage begins");
        shortcut(robot, KeyCode.Z);
        assertThat(timeline().get(0).text()).isEmpty();
    }

    @Test
    void escapeCancelsAndAPasteOfOneLineWithABreakBecomesSpaces(FxRobot robot) {
        setTimeline(robot, "Kept");
        shortcut(robot, KeyCode.DIGIT2);
        editEvent(robot, 0);
        write(robot, "x");
        keys(robot, KeyCode.ESCAPE);
        assertThat(timeline().get(0).text()).as("Escape cancels").isEqualTo("Kept");

        editEvent(robot, 0);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Paged\tthe DBA\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        shortcut(robot, KeyCode.V);
        keys(robot, KeyCode.TAB);
        assertThat(timeline().get(0).text()).as("one line, not rows").isEqualTo("Paged the DBA ");
        assertThat(timeline()).hasSize(1);
    }

    @Test
    void theTitleUnderlinesAsTypedTakesASuggestionAsOneUndoStepAndLeavesTabAndEnterToTheWindow(FxRobot robot) {
        ProseArea title = mine(robot, "#summary-title").queryAs(ProseArea.class);
        robot.clickOn(title);
        write(robot, "Teh checkout outage");
        waitUntil(() -> words(title.shownFindings()).equals(List.of("Teh")));
        assertThat(window.document().current().title()).isEqualTo("Teh checkout outage");

        menuOn(robot, title, "Teh");
        robot.clickOn("The");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().title()).isEqualTo("The checkout outage");
        waitUntil(() -> title.shownFindings().isEmpty());
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().current().title()).isEqualTo("Teh checkout outage");
        assertThat(title.getText()).isEqualTo("Teh checkout outage");
        waitUntil(() -> words(title.shownFindings()).equals(List.of("Teh")));

        robot.interact(() -> title.moveTo(title.getLength()));
        keys(robot, KeyCode.ENTER);
        assertThat(title.getText()).as("Enter adds no line").isEqualTo("Teh checkout outage");
        keys(robot, KeyCode.TAB);
        assertThat(title.getText()).as("Tab is not typed").isEqualTo("Teh checkout outage");
        assertThat(window.stage().getScene().getFocusOwner()).as("Tab moves on").isNotSameAs(title);

        robot.interact(() -> {
            title.requestFocus();
            title.selectAll();
            title.replaceSelection("Line one\r\nline\u0007 two");
        });
        assertThat(window.document().current().title()).isEqualTo("Line one line two");
    }

    @Test
    void anEventWithInlineMarkdownShowsFormattedAndItsSourceWhenEdited(FxRobot robot) {
        String source = "**OUTAGE BEGINS** on *db-1*: see `pg_stat`";
        setTimeline(robot, source, "plain words");
        shortcut(robot, KeyCode.DIGIT2);
        ProseEditCell<Object> cell = eventCell(robot, 0);
        assertThat(cell.getText()).isEqualTo("OUTAGE BEGINS on db-1: see pg_stat");
        Optional<FormattedLine> line = cell.formatted();
        assertThat(line).isPresent();
        List<Text> texts = line.get().texts();
        assertThat(texts).extracting(Text::getText).containsExactly("OUTAGE BEGINS", " on ", "db-1", ": see ", "pg_stat");
        assertThat(texts).noneMatch(t -> t.getText().contains("*") || t.getText().contains("`"));
        assertThat(texts.get(0).getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(texts.get(1).getFont().getStyle()).doesNotContainIgnoringCase("bold");
        assertThat(texts.get(2).getFont().getStyle()).containsIgnoringCase("italic");
        assertThat(texts.get(4).getFont().getFamily()).isNotEqualTo(texts.get(1).getFont().getFamily());
        assertThat(texts.get(0).isVisible()).isTrue();
        assertThat(eventCell(robot, 1).formatted()).as("a plain row is shown as text").isEmpty();
        assertThat(eventCell(robot, 1).getText()).isEqualTo("plain words");

        editEvent(robot, 0);
        assertThat(mine(robot, "#cell-editor").queryAs(ProseArea.class).getText()).isEqualTo(source);
        keys(robot, KeyCode.ESCAPE);
        assertThat(eventCell(robot, 0).formatted()).isPresent();
        assertThat(timeline().get(0).text()).isEqualTo(source);
    }

    @Test
    void findMatchesInEventCellsShowBehindTheirWordsAndLeaveWithTheBar(FxRobot robot) {
        setTimeline(robot, "Failover of **db-1** started", "Pager woke the on-call", "Failover finished");
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(eventCell(robot, 1).formatted()).as("a plain row without marks is plain text").isEmpty();
        shortcut(robot, KeyCode.F);
        write(robot, "failover");
        keys(robot, KeyCode.ENTER);
        waitUntil(() -> eventCell(robot, 2).formatted().isPresent());

        FormattedLine first = eventCell(robot, 0).formatted().orElseThrow();
        waitUntil(() -> first.highlightBackgrounds().size() == 1);
        assertThat(first.texts()).extracting(Text::getText).containsExactly("Failover", " of ", "db-1", " started");
        javafx.scene.shape.Rectangle back = first.highlightBackgrounds().get(0);
        Text word = first.texts().get(0);
        assertThat(back.getX()).isEqualTo(word.getLayoutX());
        assertThat(back.getWidth()).isCloseTo(word.getLayoutBounds().getWidth(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(back.getHeight()).isPositive();
        FormattedLine last = eventCell(robot, 2).formatted().orElseThrow();
        assertThat(last.texts()).extracting(Text::getText).containsExactly("Failover", " finished");
        assertThat(List.of(back.getFill(), last.highlightBackgrounds().get(0).getFill()))
                .as("the current match stands out from the other")
                .containsExactlyInAnyOrder(javafx.scene.paint.Color.web(dev.hindsight.ui.writing.MarkLooks.highlightColour("find")),
                        javafx.scene.paint.Color.web(dev.hindsight.ui.writing.MarkLooks.highlightColour("find-current")));

        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> eventCell(robot, 2).formatted().isEmpty());
        assertThat(eventCell(robot, 2).getText()).isEqualTo("Failover finished");
        assertThat(eventCell(robot, 0).formatted().orElseThrow().highlightBackgrounds()).isEmpty();
    }

    @Test
    void aCommentOnAnEventsWordsIsHighlightedInItsCell(FxRobot robot) {
        setTimeline(robot, "Rolled back the deploy");
        shortcut(robot, KeyCode.DIGIT2);
        robot.interact(() -> window.document().execute(ReportEdit.of("Comment", r -> r.withComments(List.of(
                new dev.hindsight.model.Comment("c1", "kim", Instant.parse("2024-06-11T09:00:00Z"), "Which version?",
                        "timeline[0].text", "back", false, List.of(), dev.hindsight.model.Extras.NONE))))));
        waitUntil(() -> eventCell(robot, 0).formatted().map(l -> l.highlightBackgrounds().size() == 1).orElse(false));
        FormattedLine line = eventCell(robot, 0).formatted().orElseThrow();
        assertThat(line.texts()).extracting(Text::getText).containsExactly("Rolled ", "back", " the deploy");
        assertThat(line.highlightBackgrounds().get(0).getFill())
                .isEqualTo(javafx.scene.paint.Color.web(dev.hindsight.ui.writing.MarkLooks.highlightColour("comment")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkShowsInTheThemesLinkColourSelectedOrNot(FxRobot robot) {
        setTimeline(robot, "See [the runbook](https://example.com/rb)", "other");
        shortcut(robot, KeyCode.DIGIT2);
        TableView<Object> table = mine(robot, "#timeline").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(1);
        });
        Text link = eventCell(robot, 0).formatted().orElseThrow().texts().get(1);
        Text plain = eventCell(robot, 0).formatted().orElseThrow().texts().get(0);
        assertThat(link.getText()).isEqualTo("the runbook");
        assertThat(link.isUnderline()).isTrue();
        // Primer light's -color-accent-fg
        assertThat(link.getFill()).isEqualTo(javafx.scene.paint.Color.web("#0969da")).isNotEqualTo(plain.getFill());

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(eventCell(robot, 0).formatted().orElseThrow().texts().get(1).getFill())
                .isEqualTo(javafx.scene.paint.Color.web("#0969da"));
        robot.interact(() -> eventCell(robot, 0).formatted().orElseThrow().show(
                dev.hindsight.ui.writing.InlineRuns.of("**no** link"), List.of(), List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        Text reused = eventCell(robot, 0).formatted().orElseThrow().texts().get(1);
        assertThat(reused.getStyleClass()).as("a reused node is no longer a link").doesNotContain("formatted-link");
        assertThat(reused.getFill()).isEqualTo(plain.getFill());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActionTitleEditorUnderlinesATypedWord(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT5);
        TableView<Object> items = mine(robot, "#action-items").queryAs(TableView.class);
        robot.clickOn(items);
        shortcut(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.getItems()).hasSize(1);
        robot.interact(() -> {
            items.getSelectionModel().clearAndSelect(0);
            items.getFocusModel().focus(0, items.getColumns().get(0));
            items.requestFocus();
        });
        keys(robot, KeyCode.F2);
        write(robot, "Add definately an alert");
        ProseArea editor = mine(robot, "#cell-editor").queryAs(ProseArea.class);
        waitUntil(() -> words(editor.shownFindings()).equals(List.of("definately")));
        keys(robot, KeyCode.ENTER);
        assertThat(window.document().current().measures().actionItems().get(0).title())
                .isEqualTo("Add definately an alert");
    }
}
