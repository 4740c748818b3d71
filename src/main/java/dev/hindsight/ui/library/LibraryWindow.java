package dev.hindsight.ui.library;

import dev.hindsight.export.ExportOptions;
import dev.hindsight.library.FolderWatcher;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.LibraryFolder;
import dev.hindsight.library.Vocabulary;
import dev.hindsight.ui.AppContext;
import dev.hindsight.ui.AppIcons;
import dev.hindsight.ui.Theme;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.window.AppAction;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A folder of reports as a library: search and filters above; the reports, the charts, the
 * action items across reports and the refused files in tabs; what was read and when below. It
 * follows the folder: a file watcher where the platform's is reliable, and a rescan by
 * fingerprint whenever the window is focused again.
 */
public final class LibraryWindow {
    private static final System.Logger LOG = System.getLogger(LibraryWindow.class.getName());
    private static final long WATCH_QUIET_MILLIS = 400;

    private final Stage stage;
    private final LibraryFolder folder;
    private final AppContext app;
    private final LibraryWindows windows;
    private final LibraryViewModel vm;
    private final DialogService dialogs;
    private final TabPane tabs = new TabPane();
    private FolderWatcher watcher;
    private volatile Vocabulary vocabulary = Vocabulary.NONE;

    LibraryWindow(Stage stage, LibraryFolder folder, AppContext app, LibraryWindows windows) {
        this.stage = stage;
        this.folder = folder;
        this.app = app;
        this.windows = windows;
        this.dialogs = app.dialogsFor(stage);
        this.vm = new LibraryViewModel(folder, app.background(), windows.today());
        vm.library().addListener((o, a, library) -> vocabulary = Vocabulary.of(library.reports().stream()
                .map(LibraryEntry::digest).toList()));
    }

    public Stage stage() {
        return stage;
    }

    public Path folder() {
        return folder.folder();
    }

    public LibraryViewModel viewModel() {
        return vm;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    void show() {
        FilterBar filters = new FilterBar(vm);
        LibraryExports exports = new LibraryExports(vm, dialogs, app.background(), app::openFile, ExportOptions.defaults());
        ReportTable table = new ReportTable(vm, windows::openReport, app.settings().zoom());
        ActionItemsPane actions = new ActionItemsPane(vm, row -> windows.openReport(row.file(),
                w -> w.showActionItem(row.item().index(), row.item().title())), app.settings().zoom());
        Tab reports = tab("library-tab-reports", "Reports", table.node());
        reports.textProperty().bind(Bindings.createStringBinding(() -> "Reports (" + vm.rows().size()
                + (vm.isFiltered() ? " of " + vm.library().get().reports().size() : "") + ")", vm.rows(), vm.library()));
        Tab refused = tab("library-tab-refused", "Refused", RefusedView.build(vm));
        refused.textProperty().bind(Bindings.createStringBinding(() -> "Refused (" + vm.refused().size() + ")",
                vm.refused()));
        tabs.getTabs().setAll(reports, tab("library-tab-charts", "Charts", new ChartsView(vm).build()),
                tab("library-tab-actions", "Action Items", actions.build()), refused);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("library-tabs");

        LibraryMenus menus = new LibraryMenus(this, exports, filters, tabs);
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(menus.build(), filters.build()));
        root.setBottom(LibraryStatus.build(vm));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth() * 0.92), Math.min(820, screen.getHeight() * 0.92));
        Theme.style(scene, app.settings());
        stage.setScene(scene);
        // The stage may have been an editor's, whose title was bound to its report.
        stage.titleProperty().unbind();
        stage.setTitle(dev.hindsight.ui.support.WindowText.clean("Library \u2014 " + name() + " \u2014 Hindsight", 200));
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        stage.setOnCloseRequest(e -> close());
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.rescanIfStale();
            }
        });
        stage.show();
        vm.rescan();
        watch();
    }

    private String name() {
        Path name = folder.folder().toAbsolutePath().normalize().getFileName();
        return name == null ? folder.folder().toString() : name.toString();
    }

    private static Tab tab(String id, String name, javafx.scene.Node content) {
        Tab tab = new Tab(name, content);
        tab.setId(id);
        return tab;
    }

    private void watch() {
        if (!FolderWatcher.isReliableHere()) {
            return;
        }
        try {
            watcher = FolderWatcher.start(folder.folder(), () -> Platform.runLater(vm::rescan), WATCH_QUIET_MILLIS);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "not watching " + folder.folder() + " (rescans on focus instead): " + e);
        }
    }

    void openFolder() {
        dialogs.chooseFolder(folder.folder()).ifPresent(windows::open);
    }

    void openReport() {
        dialogs.chooseReportToOpen(folder.folder()).ifPresent(file -> windows.openReport(file, w -> { }));
    }

    void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    void quit() {
        app.quit();
    }

    /** Closes the window: stops watching and releases the folder's index for another window or process. */
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
            folder.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the index of " + folder.folder() + " did not close cleanly: " + e);
        }
        stage.close();
        windows.closed(this);
    }

    static AppAction action(String label, javafx.scene.input.KeyCombination keys, Runnable run, String id) {
        return new AppAction(label, keys, null, run).id(id);
    }
}
