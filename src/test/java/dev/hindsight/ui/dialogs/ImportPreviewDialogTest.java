package dev.hindsight.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.input.ImportedRow;
import dev.hindsight.input.importing.ImportResult;
import dev.hindsight.input.importing.Placement;
import dev.hindsight.input.PastedText;
import dev.hindsight.input.TimelineText;
import dev.hindsight.model.Report;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import previews as the user sees them: in the paste preview every row without a time says so in
 * its own time cell; a document's preview lists 50,000 like headings as one row, and at most thirty.
 */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aRowWithoutATimeIsMarkedInItsTimeCell(FxRobot robot) {
        List<ImportedRow> rows = TimelineText.place(PastedText.parse(
                "Notes from the call\n[2:40 PM] kim: that was a misleading path, disk is fine\n25:99 odd one"),
                ZoneOffset.UTC, Instant.parse("2024-06-10T14:00:00Z"));
        AtomicReference<Optional<List<ImportedRow>>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogService(owner, () -> 1.0).confirmImport("Paste", rows, ZoneOffset.UTC)));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> times = robot.lookup("#import-preview .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn().getText().equals("Date and time")
                        && c.getIndex() >= 0 && c.getIndex() < rows.size() && !c.isEmpty())
                .sorted(java.util.Comparator.comparingInt(n -> ((TableCell<?, ?>) n).getIndex()))
                .map(n -> (TableCell<?, ?>) n)
                .map(c -> c.getGraphic() instanceof Labeled shown ? shown.getText() : c.getText()).toList();
        assertThat(times).containsExactly(ImportPreviewDialog.NO_TIME, "2024-06-10 14:40", ImportPreviewDialog.NO_TIME);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .contains("2 without a time (marked \u201c" + ImportPreviewDialog.NO_TIME + "\u201d; see Note)");

        closeWithEscape(robot, "#import-preview", answer);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentsRepeatedPlacementsAreOneRowWithACountAndTheListStopsAtThirty(FxRobot robot) {
        List<Placement> placements = new ArrayList<>(Collections.nCopies(50_000,
                new Placement("\u201CTimeline\u201D", "Timeline")));
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            placements.add(new Placement("\u201CChannel " + i + "\u201D", "Closing Remarks"));
            notes.add("\u201CChannel " + i + "\u201D is not a section Hindsight knows");
        }
        ImportResult result = new ImportResult(Report.blank(), placements, notes, List.of());
        AtomicReference<Optional<ImportResult>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogService(owner, () -> 1.0).previewImport("Import", result, null)));
        WaitForAsyncUtils.waitForFxEvents();

        List<Object> rows = (List<Object>) (List<?>) robot.lookup("#import-placements").queryTableView().getItems();
        assertThat(rows).hasSize(31).startsWith(new Placement("\u201CTimeline\u201D (\u00D750,000)", "Timeline"),
                new Placement("\u201CChannel 0\u201D", "Closing Remarks")).endsWith(new Placement("\u2026 and 11 more", ""));
        List<Object> shownNotes = (List<Object>) (List<?>) robot.lookup("#import-notes").queryListView().getItems();
        assertThat(shownNotes).hasSize(31).startsWith(notes.get(0)).endsWith("\u2026 and 10 more");
        closeWithEscape(robot, "#import-placements", answer);
    }

    @Test
    void theDocumentsPreviewFollowsTheZoomAndShowsALongSummaryWhole(FxRobot robot) throws Exception {
        ImportResult read = new dev.hindsight.input.importing.Importer().importFile(java.nio.file.Path.of(
                getClass().getResource("/imports/google-sre.md").toURI()));
        // a title as long as some are: the summary line is longer than the dialog is wide
        ImportResult result = new ImportResult(read.report().withTitle("Shakespeare Sonnet++ search outage: the "
                + "index of every sonnet was served empty for an hour after a rebalancing of the shards"),
                read.placements(), read.notes(), read.images());
        AtomicReference<Optional<ImportResult>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogService(owner, () -> 1.5).previewImport("Import", result, null)));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled summary = robot.lookup("#import-summary").queryLabeled();
        robot.interact(() -> {
            summary.getScene().getRoot().applyCss();
            summary.getScene().getRoot().layout();
            // before: the preview kept the default size at any zoom, the only dialog that did
            assertThat(summary.getFont().getSize()).isCloseTo(dev.hindsight.ui.Theme.BASE_FONT_PX * 1.5,
                    org.assertj.core.data.Offset.offset(0.5));
            // before: the summary was cut to one line, "… 3 action items, time…"
            String shown = summary.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElseThrow();
            assertThat(shown.replaceAll("\\s+", " ")).isEqualTo(summary.getText().replaceAll("\\s+", " "))
                    .contains("times in UTC");
            // and where each part goes is not cut either
            robot.lookup("#import-placements .table-cell").queryAll().stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.getText() != null)
                    .forEach(n -> {
                        javafx.scene.text.Text text = (javafx.scene.text.Text) n.lookup(".text");
                        assertThat(text == null ? ((TableCell<?, ?>) n).getText() : text.getText())
                                .isEqualTo(((TableCell<?, ?>) n).getText());
                    });
        });
        closeWithEscape(robot, "#import-placements", answer);
    }

    private static void closeWithEscape(FxRobot robot, String inside, AtomicReference<? extends Optional<?>> answer) {
        // on a busy machine the dialog's window takes the focus a little after it shows: Escape goes to it then
        javafx.stage.Window dialog = robot.lookup(inside).query().getScene().getWindow();
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, dialog::isFocused);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> answer.get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the preview did not close on Escape", e);
        }
        assertThat(answer.get()).isEmpty();
    }
}
