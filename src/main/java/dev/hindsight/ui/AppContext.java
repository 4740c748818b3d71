package dev.hindsight.ui;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.platform.FontCoverage;
import dev.hindsight.ui.support.Background;
import dev.hindsight.ui.support.Settings;
import dev.hindsight.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import dev.hindsight.recovery.RecoverySession;
import java.util.function.Function;
import javafx.stage.Window;
import dev.hindsight.ui.dialogs.DialogService;
import javafx.application.Platform;
import javafx.stage.Stage;

/** What every window shares: settings, the background worker, the report files, and the list of open windows. */
public final class AppContext {
    private final Settings settings;
    private final Background background;
    private final ReportFiles files;
    private final Consumer<String> browser;
    private final Function<Window, DialogService> dialogs;
    private final List<MainWindow> windows = new ArrayList<>();
    private final ScheduledExecutorService autosaves = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hindsight-autosave");
        t.setDaemon(true);
        return t;
    });
    private RecoverySession recovery;
    private Optional<FontCoverage> fonts;
    private final dev.hindsight.ui.library.LibraryWindows libraries =
            new dev.hindsight.ui.library.LibraryWindows(this, dev.hindsight.ui.library.LibraryWindows.defaultCacheRoot());

    public AppContext(Settings settings, Background background, ReportFiles files, Consumer<String> browser,
                      Function<Window, DialogService> dialogs) {
        this.settings = settings;
        this.background = background;
        this.files = files;
        this.browser = browser;
        this.dialogs = dialogs;
    }

    /** Starts keeping recovery copies in {@code session} (null: no autosave, e.g. the folder is unwritable). */
    public void useRecovery(RecoverySession session) {
        this.recovery = session;
    }

    /** Checks characters against {@code coverage} instead of this machine's fonts (tests). */
    public synchronized void useFonts(FontCoverage coverage) {
        this.fonts = Optional.of(coverage);
    }

    /**
     * Which characters this machine's fonts can show, asked once ({@link FontCoverage}); empty
     * when it cannot be known. Blocks the first time: never call it on the UI thread.
     */
    public synchronized Optional<FontCoverage> fonts() {
        if (fonts == null) {
            fonts = FontCoverage.ofThisMachine();
        }
        return fonts;
    }

    /** The recovery session of this instance, or null when autosave is unavailable. */
    public RecoverySession recovery() {
        return recovery;
    }

    /** The one thread autosaves run on, for every window. */
    public ScheduledExecutorService autosaveScheduler() {
        return autosaves;
    }

    /** The dialogs of a window (the real ones, or a test's). */
    public DialogService dialogsFor(Window owner) {
        return dialogs.apply(owner);
    }

    public Settings settings() {
        return settings;
    }

    public Background background() {
        return background;
    }

    public ReportFiles files() {
        return files;
    }

    /** Opens a web or mail link in the user's browser; only called for http, https and mailto. */
    public void openLink(String url) {
        browser.accept(url);
    }

    /** Opens a file (an export) with the application the system associates with it. */
    public void openFile(Path file) {
        browser.accept(file.toUri().toString());
    }

    public MainWindow newWindow() {
        return newWindow(new Stage());
    }

    public MainWindow newWindow(Stage stage) {
        MainWindow window = new MainWindow(stage, this);
        windows.add(window);
        window.show();
        return window;
    }

    /**
     * A new window on {@code stage} opening {@code file}: the file is read in the background while
     * the window builds its controls, so the first frame can show the report (start-up, issue 18).
     * The report reaches the window on the JavaFX thread, after the window is shown.
     */
    public CompletableFuture<Boolean> newWindowOpening(Stage stage, Path file) {
        MainWindow window = new MainWindow(stage, this);
        windows.add(window);
        CompletableFuture<Boolean> opened = window.files().open(file);
        window.show();
        return opened;
    }

    /** Opens a file in a new window, unless an unused empty window can take it. */
    public void openInWindow(Path file) {
        unusedOrNewWindow().files().open(file);
    }

    /** An open window still showing its empty report, or a new window. */
    public MainWindow unusedOrNewWindow() {
        return windows.stream().filter(MainWindow::isUnused).findFirst().orElseGet(this::newWindow);
    }

    public void closed(MainWindow window) {
        windows.remove(window);
    }

    public List<MainWindow> windows() {
        return List.copyOf(windows);
    }

    /** The open folders of reports (File ▸ Open Folder as Library). */
    public dev.hindsight.ui.library.LibraryWindows libraries() {
        return libraries;
    }

    /** Asks each window with unsaved changes in turn; quits unless one is cancelled. */
    public void quit() {
        closeNext(new ArrayList<>(windows)).thenAccept(all -> {
            if (all) {
                libraries.closeAll();
                Platform.exit();
            }
        });
    }

    private CompletableFuture<Boolean> closeNext(List<MainWindow> remaining) {
        if (remaining.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        MainWindow window = remaining.remove(0);
        return window.requestClose().thenCompose(closed -> closed ? closeNext(remaining)
                : CompletableFuture.completedFuture(false));
    }
}
