package dev.hindsight.ui.library;

import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.LibraryFolder;
import dev.hindsight.library.Vocabulary;
import dev.hindsight.platform.AppDirs;
import dev.hindsight.ui.AppContext;
import dev.hindsight.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * The library windows of the application: one per folder (opening a folder again brings its
 * window forward), the words of their reports for completion in the editors, and opening a
 * library's report in an editor window, at an action item if asked.
 */
public final class LibraryWindows {
    private final AppContext app;
    private final Path cacheRoot;
    private final List<LibraryWindow> windows = new ArrayList<>();
    private Supplier<LocalDate> today = LocalDate::now;

    /** @param cacheRoot where the libraries' indexes live (null: in memory only) */
    public LibraryWindows(AppContext app, Path cacheRoot) {
        this.app = app;
        this.cacheRoot = cacheRoot;
    }

    /** The day action items are overdue against in windows opened from now on (the current date unless a test says). */
    public void useToday(Supplier<LocalDate> day) {
        this.today = day;
    }

    Supplier<LocalDate> today() {
        return today;
    }

    public static Path defaultCacheRoot() {
        return AppDirs.current().cache();
    }

    public LibraryWindow open(Path folder) {
        return open(folder, null);
    }

    /** Opens {@code folder} as a library in {@code stage} (null: a new one), or brings its window forward. */
    public LibraryWindow open(Path folder, Stage stage) {
        Path key = identity(folder);
        for (LibraryWindow w : windows) {
            if (identity(w.folder()).equals(key)) {
                w.stage().toFront();
                return w;
            }
        }
        LibraryWindow window = new LibraryWindow(stage == null ? new Stage() : stage, LibraryFolder.open(folder, cacheRoot),
                app, this);
        windows.add(window);
        window.show();
        return window;
    }

    private static Path identity(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    void closed(LibraryWindow window) {
        windows.remove(window);
    }

    public List<LibraryWindow> windows() {
        return List.copyOf(windows);
    }

    /** Closes every library window (the application quits), releasing their indexes. */
    public void closeAll() {
        new ArrayList<>(windows).forEach(LibraryWindow::close);
    }

    /**
     * The words to complete a report's classification with: those of the open libraries that hold
     * {@code reportFile}, or of every open library when none does (or the report is not saved yet).
     */
    public Vocabulary vocabularyFor(Path reportFile) {
        List<LibraryWindow> holding = new ArrayList<>();
        if (reportFile != null) {
            Path file = reportFile.toAbsolutePath().normalize();
            windows.stream().filter(w -> file.startsWith(w.folder().toAbsolutePath().normalize())).forEach(holding::add);
        }
        List<LibraryWindow> from = holding.isEmpty() ? windows : holding;
        return Vocabulary.merge(from.stream().map(LibraryWindow::vocabulary).toList());
    }

    /** Opens a library's report in an editor (the one already showing it, if any); then {@code then}. */
    void openReport(Path file, Consumer<MainWindow> then) {
        Path wanted = file.toAbsolutePath().normalize();
        for (MainWindow w : app.windows()) {
            Path shown = w.document().file().get();
            if (shown != null && same(shown, wanted)) {
                w.stage().toFront();
                then.accept(w);
                return;
            }
        }
        MainWindow window = app.unusedOrNewWindow();
        window.files().open(file).thenAccept(opened -> {
            if (opened) {
                window.stage().toFront();
                then.accept(window);
            }
        });
    }

    void openReport(LibraryEntry entry) {
        openReport(entry.found().file(), w -> { });
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b) || Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
