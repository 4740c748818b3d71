package dev.hindsight.ui;

import dev.hindsight.format.ReportFiles;
import dev.hindsight.platform.AppDirs;
import dev.hindsight.recovery.RecoverySession;
import dev.hindsight.recovery.RecoveryStore;
import java.io.IOException;
import dev.hindsight.ui.dialogs.FxDialogService;
import dev.hindsight.ui.support.FxBackground;
import dev.hindsight.ui.support.Settings;
import dev.hindsight.ui.window.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application and composition root: shared services, then one window per report. */
public final class HindsightApp extends Application {
    private AppContext app;

    public static void launchWindow(String[] args) {
        Application.launch(HindsightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.load(AppDirs.current().config());
        Theme.follow(settings);
        app = new AppContext(settings, new FxBackground(), new ReportFiles(),
                url -> getHostServices().showDocument(url), FxDialogService::new);
        app.useRecovery(startRecovery());
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty() && Files.isDirectory(Path.of(files.get(0)))) {
            // hindsight FOLDER: the folder as a library in the first window.
            app.libraries().open(Path.of(files.get(0)), stage);
        } else {
            MainWindow first = app.newWindow(stage);
            if (!files.isEmpty()) {
                first.files().open(Path.of(files.get(0)));
            }
        }
        files.stream().skip(1).map(Path::of).forEach(this::openArgument);
        StartupProbe.afterShown(stage);
        new RecoveryPrompt(app).offer(stage);
    }

    /** A further argument: a folder opens as a library, a file in an editor window. */
    private void openArgument(Path path) {
        if (Files.isDirectory(path)) {
            app.libraries().open(path);
        } else {
            app.openInWindow(path);
        }
    }

    private static RecoverySession startRecovery() {
        try {
            return RecoveryStore.atDefaultLocation().startSession();
        } catch (IOException | RuntimeException e) {
            System.err.println("hindsight: autosave is off, the recovery folder cannot be used: " + e.getMessage());
            return null;
        }
    }

    /** A clean exit: every window was saved or its changes dropped, so no recovery copy is kept. */
    @Override
    public void stop() {
        if (app != null) {
            app.libraries().closeAll();
        }
        if (app != null && app.recovery() != null) {
            try {
                app.recovery().close();
            } catch (IOException | RuntimeException e) {
                System.err.println("hindsight: the recovery folder was not cleaned up: " + e.getMessage());
            }
        }
    }
}
