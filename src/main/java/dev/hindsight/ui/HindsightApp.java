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
                url -> getHostServices().showDocument(url), owner -> new FxDialogService(owner, settings.zoom()::get));
        app.useRecovery(startRecovery());
        MainWindow first = app.newWindow(stage);
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            first.files().open(Path.of(files.get(0)));
            files.stream().skip(1).map(Path::of).forEach(app::openInWindow);
        }
        StartupProbe.afterShown(stage);
        new RecoveryPrompt(app).offer(first);
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
        if (app != null && app.recovery() != null) {
            try {
                app.recovery().close();
            } catch (IOException | RuntimeException e) {
                System.err.println("hindsight: the recovery folder was not cleaned up: " + e.getMessage());
            }
        }
    }
}
