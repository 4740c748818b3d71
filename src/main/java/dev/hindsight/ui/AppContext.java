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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import dev.hindsight.format.OpenedReport;
import java.util.function.Consumer;
import dev.hindsight.recovery.RecoverySession;
import java.util.function.Function;
import javafx.stage.Window;
import dev.hindsight.ui.dialogs.DialogService;
import javafx.application.Platform;
import javafx.stage.Stage;

/** What every window shares: settings, the background worker, the report files, and the list of open windows. */
public final class AppContext {
    /** How long the window, its controls built, waits for the first report's reading before it is shown without it. */
    private static final long FIRST_READ_WAIT_MS = 500;
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
     * A new window on {@code stage} showing {@code file}, which {@code reading} has been reading in
     * the background while the window was being built: the report is in the first frame, laid out
     * once (start-up, issue 18). A read still running once the controls are built (a large file)
     * shows the report when it ends; one that failed goes through the window's usual open, which
     * says what is wrong.
     */
    public CompletableFuture<Boolean> newWindowOpening(Stage stage, Path file, CompletableFuture<OpenedReport> reading) {
        MainWindow window = new MainWindow(stage, this);
        windows.add(window);
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        window.show(() -> {
            try {
                window.files().showRead(file, reading.get(FIRST_READ_WAIT_MS, TimeUnit.MILLISECONDS));
                opened.complete(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Platform.runLater(() -> window.files().open(file).whenComplete(AppContext.into(opened)));
            } catch (TimeoutException e) {
                // A large file: the window is shown now, and the report once this same reading ends.
                reading.whenComplete((read, failed) -> Platform.runLater(() -> {
                    if (failed == null && window.isUnused()) {
                        window.files().showRead(file, read);
                        opened.complete(true);
                    } else {
                        // A refusal is said over the window; a window typed in meanwhile asks first.
                        window.files().open(file).whenComplete(AppContext.into(opened));
                    }
                }));
            } catch (ExecutionException | RuntimeException e) {
                // After the window is shown: a refusal is a dialog over it.
                Platform.runLater(() -> window.files().open(file).whenComplete(AppContext.into(opened)));
            }
        });
        return opened;
    }

    /** Starts reading {@code file} on a thread of its own, for {@link #newWindowOpening}. */
    public static CompletableFuture<OpenedReport> startReading(ReportFiles files, Path file) {
        CompletableFuture<OpenedReport> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reading.complete(files.openTracked(file));
            } catch (Exception | Error e) {
                reading.completeExceptionally(e);
            }
        }, "hindsight-first-read");
        reader.setDaemon(true);
        reader.start();
        return reading;
    }

    private static java.util.function.BiConsumer<Boolean, Throwable> into(CompletableFuture<Boolean> target) {
        return (done, failed) -> {
            if (failed != null) {
                target.completeExceptionally(failed);
            } else {
                target.complete(done);
            }
        };
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
