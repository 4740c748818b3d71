package dev.hindsight.bench;

import dev.hindsight.edit.ListEdits;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.AppHarness;
import dev.hindsight.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * A benchmark JVM for the timeline table of a real window (JavaFX, headless Monocle, software
 * rendering): opening a long report until its first rows are laid out, one cell edit until the
 * table shows it, a jump to the end and back, and scrolling page by page. Arguments: scenario
 * ({@code open}, {@code edit}, {@code jump}, {@code page}), report file, warm-ups, runs.
 */
public final class TableBench {
    private final AppHarness harness;
    private final Path file;
    private final int runs;
    private MainWindow window;
    private TableView<?> table;
    private VirtualFlow<?> flow;
    private int edits;
    private int top;
    private final List<Double> busy = new ArrayList<>();

    private TableBench(AppHarness harness, Path file, int runs) {
        this.harness = harness;
        this.file = file;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Path file = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        TableBench bench = new TableBench(Fx.call(AppHarness::new), file, runs);
        Trial.Outcome outcome;
        switch (args[0]) {
            case "open":
                outcome = Trial.measure(warmups, runs, bench::freshWindow, bench::open);
                break;
            case "edit":
                bench.openedWindow();
                outcome = Trial.measure(warmups, runs, () -> bench.showRow(bench.size() / 2), bench::edit);
                break;
            case "jump":
                bench.openedWindow();
                outcome = Trial.measure(warmups, runs, () -> bench.showRow(0), bench::jump);
                break;
            case "page":
                bench.openedWindow();
                outcome = Trial.measure(warmups, runs, bench::pageDown);
                break;
            default:
                throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
        Trial.print(outcome);
        Platform.exit();
        System.exit(0);
    }

    private Scene scene() {
        return window.stage().getScene();
    }

    private int size() {
        return window.document().current().timeline().size();
    }

    /** An empty window on the Timeline tab, drawn once, as a user has it before opening a file. */
    private void freshWindow() throws Exception {
        MainWindow previous = window;
        window = Fx.call(() -> {
            if (previous != null) {
                previous.requestClose().get();
            }
            MainWindow next = harness.open(new Stage());
            ((TabPane) next.stage().getScene().lookup("#sections")).getSelectionModel().select(1);
            return next;
        });
        table = (TableView<?>) scene().lookup("#timeline");
        Fx.untilShown(scene(), () -> { }, () -> table.isVisible() && table.lookup(".virtual-flow") != null);
        // Looked up once: a CSS lookup per check would cost more than what is measured.
        flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    private String open() throws Exception {
        busy.add(Fx.untilShown(scene(), () -> window.files().open(file), () -> rowShown(0)));
        return size() + " rows" + busy();
    }

    /** How long the JavaFX thread itself worked on the last actions, the rest being pulses and rendering. */
    private String busy() {
        return String.format(Locale.ROOT, "; the change itself %.1f ms (median)",
                new Stats(busy.subList(Math.max(0, busy.size() - runs), busy.size())).median());
    }

    private void openedWindow() throws Exception {
        freshWindow();
        open();
    }

    private void showRow(int index) throws Exception {
        top = index;
        busy.add(Fx.untilShown(scene(), () -> table.scrollTo(index), () -> rowShown(index)));
    }

    private String edit() throws Exception {
        int index = size() / 2;
        String text = "Edited " + ++edits + " times";
        busy.add(Fx.untilShown(scene(), () -> {
            TimelineEntry entry = window.document().current().timeline().get(index);
            window.document().endMerging();
            window.document().execute(ListEdits.TIMELINE.replace(index, entry.withText(text), "Edit Event", null));
        }, () -> cellShows(index, text)));
        return "row " + index + busy();
    }

    private String jump() throws Exception {
        int last = size() - 1;
        Fx.untilShown(scene(), () -> table.scrollTo(last), () -> rowShown(last));
        Fx.untilShown(scene(), () -> table.scrollTo(0), () -> rowShown(0));
        return "row 0 to " + last + " and back";
    }

    private String pageDown() throws Exception {
        int page = (int) (table.getHeight() / table.getFixedCellSize()) - 2;
        int next = top + page < size() - page ? top + page : 0;
        showRow(next);
        return page + " rows a page" + busy();
    }

    private boolean rowShown(int index) {
        IndexedCell<?> row = flow.getVisibleCell(index);
        return row instanceof TableRow<?> r && r.isVisible() && !r.isEmpty() && r.getItem() != null;
    }

    private boolean cellShows(int index, String text) {
        IndexedCell<?> row = flow.getVisibleCell(index);
        if (row == null || !row.isVisible()) {
            return false;
        }
        for (Node child : row.getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell && text.equals(cell.getText())) {
                return true;
            }
        }
        return false;
    }
}
