package dev.hindsight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.Fixtures;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.dialogs.FxDialogService;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window shows is whole at every zoom level: no cut text, no text run together, no needless scroll bars. */
class LookTest extends GuiTest {
    @TempDir
    static Path recovery;

    @Start
    void start(Stage stage) {
        openWithAutosave(stage, recovery);
    }

    /** Every zoom step the View menu can reach: 1.1 apart from 1.0, within the limits. */
    static List<Double> zoomLevels() {
        List<Double> levels = new ArrayList<>();
        for (double z = 1.0; z > Settings.MIN_ZOOM; z /= 1.1) {
            levels.add(0, z);
        }
        levels.add(0, Settings.MIN_ZOOM);
        for (double z = 1.1; z < Settings.MAX_ZOOM; z *= 1.1) {
            levels.add(z);
        }
        levels.add(Settings.MAX_ZOOM);
        return levels;
    }

    private void zoom(FxRobot robot, double z) {
        robot.interact(() -> harness.app.settings().zoom().set(z));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> ((javafx.scene.control.TabPane) robot.lookup("#sections").query())
                .getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noTextInTheWindowIsCutOrRunTogetherAtAnyZoomLevel(FxRobot robot) throws Exception {
        openFixture(robot, "look.postmortem.json");
        robot.clickOn("#summary-title").type(KeyCode.END).write("!");
        WaitForAsyncUtils.waitForFxEvents();
        window.flushAutosave();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-autosave").queryLabeled().getText().startsWith("Autosaved"));
        List<String> found = new ArrayList<>();
        for (double z : zoomLevels()) {
            zoom(robot, z);
            for (int tab : new int[] {0, 1, 4}) {
                tab(robot, tab);
                robot.interact(() -> {
                    Parent root = window.stage().getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    Truncation.in(root, n -> !n.getStyleClass().contains("status-label"))
                            .forEach(f -> found.add(String.format(java.util.Locale.ROOT, "zoom %.2f, tab %d: %s",
                                    z, tab, f)));
                    statusItemsApart(found, z);
                });
            }
            dueDateEditor(robot, found, z);
        }
        assertThat(found).isEmpty();
    }

    /** The date picker that edits a due date shows the whole date. */
    @SuppressWarnings("unchecked")
    private void dueDateEditor(FxRobot robot, List<String> found, double z) {
        TableView<Object> table = robot.lookup("#action-items").queryAs(TableView.class);
        TableColumn<Object, ?> due = table.getColumns().stream().filter(c -> c.getText().equals("Due")).findFirst()
                .orElseThrow();
        robot.interact(() -> table.edit(0, due));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Node picker = table.lookup(".table-cell .date-picker");
            if (picker == null) {
                found.add("zoom " + z + ": no date picker edits the due date");
            } else {
                table.applyCss();
                table.layout();
                Truncation.in(picker).forEach(f -> found.add(String.format(java.util.Locale.ROOT,
                        "zoom %.2f, due date editor: %s", z, f)));
            }
            table.edit(-1, null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Between two visible items of the status bar's right side there is a separator; all are inside the window. */
    private void statusItemsApart(List<String> found, double z) {
        org.controlsfx.control.StatusBar bar = (org.controlsfx.control.StatusBar) window.stage().getScene()
                .lookup("#status");
        Node previous = null;
        for (Node item : bar.getRightItems()) {
            if (!item.isVisible() || !item.isManaged()) {
                continue;
            }
            double right = item.localToScene(item.getBoundsInLocal()).getMaxX();
            if (right > window.stage().getScene().getWidth() + 1) {
                found.add(String.format(java.util.Locale.ROOT, "zoom %.2f: status item %s ends at %.0f, past the "
                        + "window's edge", z, item instanceof Labeled l ? "\u201c" + l.getText() + "\u201d" : item, right));
            }
            if (previous instanceof Labeled && item instanceof Labeled) {
                found.add(String.format(java.util.Locale.ROOT, "zoom %.2f: status items \u201c%s\u201d and "
                        + "\u201c%s\u201d run together", z, ((Labeled) previous).getText(), ((Labeled) item).getText()));
            }
            previous = item;
        }
    }

    @Test
    void dialogsShowTheirWholeTextAtAnyZoomLevel(FxRobot robot) {
        DialogService dialogs = new FxDialogService(window.stage(), harness.app.settings().zoom()::get);
        Path file = harness.home.resolve("a folder with a long name/another folder/Checkout outage in the payment "
                + "gateway.postmortem.json");
        String exported = "Written: " + harness.home.resolve("exports/Checkout outage in the payment gateway.pdf")
                + " (12 pages)\n\nThese characters could not be shown in the PDF: \u0915 (U+0915 DEVANAGARI "
                + "LETTER KA), \u0e01 (U+0E01 THAI CHARACTER KO KAI), \ud83d\ude00 (U+1F600 GRINNING FACE). Install "
                + "a font that has them, or replace them.\n\nThe report's title is longer than the footer can hold; "
                + "the footer shows its beginning.";
        List<String> found = new ArrayList<>();
        for (double z : zoomLevels()) {
            zoom(robot, z);
            String at = String.format(java.util.Locale.ROOT, "zoom %.2f, ", z);
            check(robot, found, at + "recovery", () -> dialogs.askRecovery("Checkout outage in the payment gateway",
                    file, Instant.parse("2024-06-10T11:00:00Z"), null, true), pane -> { });
            check(robot, found, at + "template", dialogs::chooseTemplate,
                    pane -> ((javafx.scene.control.RadioButton) pane.lookup("#template-google_sre")).fire());
            check(robot, found, at + "conflict", () -> dialogs.askConflict(file), pane -> { });
            check(robot, found, at + "exported", () -> dialogs.offerToOpen("PDF exported", exported, true), pane -> { });
            check(robot, found, at + "replace", () -> dialogs.confirmReplace(file), pane -> { });
            check(robot, found, at + "save changes", () -> dialogs.askToSaveChanges(
                    "Checkout outage in the payment gateway"), pane -> { });
        }
        assertThat(found).isEmpty();
    }

    /** Shows a dialog, lets {@code change} act on it, checks its text, and closes it with its last button. */
    private void check(FxRobot robot, List<String> found, String name, Runnable show, Consumer<DialogPane> change) {
        Platform.runLater(show);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst().orElseThrow();
        robot.interact(() -> change.accept(pane));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Truncation.in(pane).forEach(f -> found.add(name + ": " + f));
            // a text area scrolls only once it is half the screen tall (DialogLook): a longer text
            // on a small screen at a large zoom
            double half = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() / 2;
            for (Node bar : pane.lookupAll(".scroll-bar")) {
                TextArea area = textAreaOf(bar);
                if (bar instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.isVisible()
                        && area != null && area.getHeight() < half - 2) {
                    found.add(name + ": the text hides behind a scroll bar in a text area "
                            + Math.round(area.getHeight()) + " px tall");
                }
            }
            List<ButtonType> types = pane.getButtonTypes();
            ((Button) pane.lookupButton(types.get(types.size() - 1))).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextArea textAreaOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextArea area) {
                return area;
            }
        }
        return null;
    }

    @Test
    void dateFieldsAndTimelineColumnsFollowTheZoom(FxRobot robot) {
        openFixture(robot, "look.postmortem.json");
        tab(robot, 1);
        List<String> found = new ArrayList<>();
        for (double z : List.of(1.0, 1.21, 1.611, 2.5, 1.1, 1.0, 0.75, Settings.MIN_ZOOM, 1.0)) {
            zoom(robot, z);
            tab(robot, 0);
            robot.interact(() -> {
                for (String id : List.of("#summary-start-date", "#summary-end-date")) {
                    DatePicker date = robot.lookup(id).queryAs(DatePicker.class);
                    Truncation.in(date).forEach(f -> found.add("zoom " + z + ": " + id + " " + f));
                }
            });
            tab(robot, 1);
            robot.interact(() -> {
                TableView<?> table = robot.lookup("#timeline").queryAs(TableView.class);
                double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                double room = table.lookup(".clipped-container").getLayoutBounds().getWidth();
                double header = table.lookup(".column-header-background").getLayoutBounds().getHeight();
                if (table.getHeight() - header < 2 * table.getFixedCellSize() - 1) {
                    found.add("zoom " + z + ": the timeline table has room for fewer than 2 rows ("
                            + Math.round(table.getHeight()) + " px high)");
                }
                if (Math.abs(columns - room) > 2) {
                    found.add("zoom " + z + ": the timeline columns are " + Math.round(columns) + " px wide in "
                            + Math.round(room) + " px");
                }
            });
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aLongTextOpensAtItsStart(FxRobot robot) {
        openFixture(robot, "look.postmortem.json");
        tab(robot, 4);
        dev.hindsight.ui.writing.ProseArea improvements = robot.lookup("#measures-improvements")
                .queryAs(dev.hindsight.ui.writing.ProseArea.class);
        assertThat(improvements.getCaretPosition()).isZero();
        assertThat(improvements.estimatedScrollYProperty().getValue()).isZero();
        assertThat(improvements.firstVisibleParToAllParIndex()).isZero();
        assertThat(improvements.getText()).startsWith("- Improvement number 1:");
    }
}
