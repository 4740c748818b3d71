package dev.hindsight.ui;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.platform.AppDirs;
import dev.hindsight.platform.Logs;
import dev.hindsight.platform.OpenFileEvents;
import dev.hindsight.recovery.RecoverySession;
import dev.hindsight.recovery.RecoveryStore;
import java.io.IOException;
import dev.hindsight.ui.dialogs.FxDialogService;
import dev.hindsight.ui.support.FxBackground;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application and composition root: shared services, then one window per report. */
public final class HindsightApp extends Application {
    private static final Logger LOG = Logger.getLogger(HindsightApp.class.getName());

    private AppContext app;

    public static void launchWindow(String[] args) {
        Application.launch(HindsightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        new UncaughtErrors(Logs.file()).install();
        try {
            open(stage);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "the window could not start", e);
            throw e;
        }
    }

    private void open(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        ReportFiles reportFiles = new ReportFiles();
        // The report named first is read from now on, while the theme and the window are built.
        java.util.concurrent.CompletableFuture<dev.hindsight.format.OpenedReport> reading =
                files.isEmpty() || Files.isDirectory(Path.of(files.get(0))) ? null
                        : AppContext.startReading(reportFiles, Path.of(files.get(0)));
        Settings settings = Settings.load(AppDirs.current().config());
        Theme.follow(settings);
        app = new AppContext(settings, new FxBackground(), reportFiles,
                url -> getHostServices().showDocument(url), owner -> new FxDialogService(owner, settings.zoom()::get));
        app.useRecovery(startRecovery());
        java.util.concurrent.CompletableFuture<?> reportOpened = java.util.concurrent.CompletableFuture.completedFuture(null);
        if (!files.isEmpty() && Files.isDirectory(Path.of(files.get(0)))) {
            // hindsight FOLDER: the folder as a library in the first window.
            app.libraries().open(Path.of(files.get(0)), stage);
        } else {
            if (files.isEmpty()) {
                app.newWindow(stage);
            } else {
                reportOpened = app.newWindowOpening(stage, Path.of(files.get(0)), reading);
            }
        }
        files.stream().skip(1).map(Path::of).forEach(this::openArgument);
        OpenFileEvents.shared().deliverTo(opened -> Platform.runLater(() -> opened.forEach(app::openInWindow)));
        StartupProbe.afterShown(stage, reportOpened);
        new RecoveryPrompt(app).offer(stage);
        logStart(files.size());
    }

    /** A further argument: a folder opens as a library, a file in an editor window. */
    private void openArgument(Path path) {
        if (Files.isDirectory(path)) {
            app.libraries().open(path);
        } else {
            app.openInWindow(path);
        }
    }

    /** Off the JavaFX thread: the first line of a log costs tens of milliseconds that start-up should not pay. */
    private static void logStart(int files) {
        Thread logger = new Thread(() -> LOG.info(() -> "window opened" + (files == 0 ? "" : " with " + files
                + (files == 1 ? " file" : " files"))), "hindsight-log-start");
        logger.setDaemon(true);
        logger.start();
    }

    private static RecoverySession startRecovery() {
        try {
            return RecoveryStore.atDefaultLocation().startSession();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "autosave is off: the recovery folder cannot be used", e);
            return null;
        }
    }

    /** A clean exit: every window was saved or its changes dropped, so no recovery copy is kept. */
    @Override
    public void stop() {
        if (app != null) {
            app.settings().flush();
            app.libraries().closeAll();
        }
        if (app != null && app.recovery() != null) {
            try {
                app.recovery().close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "the recovery folder was not cleaned up", e);
            }
        }
    }
}
