package dev.hindsight.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.input.importing.ImportResult;
import dev.hindsight.input.importing.Placement;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import's preview of a document with 50,000 like headings: the same short list as the command line. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void repeatedPlacementsAreOneRowWithACountAndTheListStopsAtThirty(FxRobot robot) throws TimeoutException {
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

        javafx.stage.Window dialog = robot.lookup("#import-placements").query().getScene().getWindow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, dialog::isFocused);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }
}
