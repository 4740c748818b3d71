package dev.hindsight.ui.timeline;

import dev.hindsight.input.ImportedRow;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.support.Background;
import dev.hindsight.ui.support.RowReveal;
import dev.hindsight.ui.table.TableEditing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The row commands of the timeline as the user reaches them (keys, toolbar, menu): each
 * first commits what is being typed, then acts on the selection and selects the result.
 */
public final class TimelineCommands {
    /** What the commands need from outside the table. */
    public record Io(DialogService dialogs, Background background, Supplier<Path> folder) {
    }

    private static final long MAX_IMPORT_BYTES = 16L * 1024 * 1024;

    private final TimelineViewModel vm;
    private final TableView<TimelineRow> table;
    private final TableEditing<TimelineRow> editing;
    private final Io io;
    private final Consumer<String> say;

    TimelineCommands(TimelineViewModel vm, TableView<TimelineRow> table, TableEditing<TimelineRow> editing, Io io,
                     Consumer<String> say) {
        this.vm = vm;
        this.table = table;
        this.editing = editing;
        this.io = io;
        this.say = say;
    }

    private List<Integer> selected() {
        return table.getSelectionModel().getSelectedIndices().stream().filter(i -> i >= 0).sorted().toList();
    }

    private int current() {
        int focused = table.getFocusModel().getFocusedIndex();
        return focused >= 0 ? focused : table.getItems().size() - 1;
    }

    private boolean ready() {
        return editing.commitPending();
    }

    private void select(List<Integer> rows) {
        table.getSelectionModel().clearSelection();
        if (rows.isEmpty()) {
            return;
        }
        int[] rest = rows.stream().skip(1).mapToInt(Integer::intValue).toArray();
        table.getSelectionModel().selectIndices(rows.get(0), rest);
        table.getFocusModel().focus(rows.get(0), table.getColumns().get(1));
        RowReveal.show(table, rows.get(0));
        table.requestFocus();
    }

    /** Adds an empty row at the end and starts typing its time. */
    public void addAtEnd() {
        if (!ready()) {
            return;
        }
        int row = vm.addAtEnd();
        editing.edit(row, table.getColumns().get(1), null);
    }

    public void insert(boolean above) {
        if (!ready()) {
            return;
        }
        int at = table.getItems().isEmpty() ? 0 : current() + (above ? 0 : 1);
        int row = vm.insert(at);
        editing.edit(row, table.getColumns().get(1), null);
    }

    public void duplicate() {
        if (ready() && !selected().isEmpty()) {
            select(vm.duplicate(selected()));
        }
    }

    public void delete() {
        List<Integer> rows = selected();
        if (ready() && !rows.isEmpty()) {
            int next = vm.delete(rows);
            say.accept("Deleted " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " (Ctrl+Z brings "
                    + (rows.size() == 1 ? "it" : "them") + " back)");
            select(next < 0 ? List.of() : List.of(next));
        }
    }

    public void move(int delta) {
        if (ready() && !selected().isEmpty()) {
            select(vm.move(selected(), delta));
        }
    }

    public void sortByTime() {
        if (ready()) {
            vm.sortByTime();
        }
    }

    public void copy() {
        List<Integer> rows = selected();
        if (rows.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.copy(rows));
        Clipboard.getSystemClipboard().setContent(content);
        say.accept("Copied " + rows.size() + (rows.size() == 1 ? " row" : " rows"));
    }

    public void pasteFromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString() || clipboard.getString().isBlank()) {
            say.accept("The clipboard holds no text to paste");
            return;
        }
        pasteText(clipboard.getString(), "Paste Timeline Lines", "Paste");
    }

    /** Shows what {@code text} would add below the current row, and adds it when confirmed. */
    public void pasteText(String text, String title, String verb) {
        if (!ready()) {
            return;
        }
        int at = table.getItems().isEmpty() ? 0 : current() + 1;
        List<ImportedRow> preview = vm.preview(text, at);
        io.dialogs().confirmImport(title, preview, zone()).ifPresent(rows -> select(vm.paste(rows, at, verb)));
    }

    public void importFile() {
        io.dialogs().chooseTimelineImport(io.folder().get()).ifPresent(path -> io.background()
                .submit("Reading " + path.getFileName(), () -> read(path))
                .whenComplete((text, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        io.dialogs().showError("The file cannot be imported", path + ": " + cause.getMessage());
                    } else {
                        pasteText(text, "Import " + path.getFileName(), "Import");
                    }
                }));
    }

    private static String read(Path path) throws java.io.IOException {
        long size = Files.size(path);
        if (size > MAX_IMPORT_BYTES) {
            throw new java.io.IOException("the file is " + size + " bytes; timeline imports are limited to 16 MiB");
        }
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // Not UTF-8: a spreadsheet saved on Windows writes Windows-1252, which maps every byte.
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private java.time.ZoneId zone() {
        return vm.zone();
    }
}
