package dev.hindsight.ui.window;

import dev.hindsight.ui.AppContext;
import dev.hindsight.ui.AppIcons;
import dev.hindsight.ui.Theme;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.markdown.MarkdownPreview;
import dev.hindsight.ui.markdown.PictureInput;
import dev.hindsight.ui.markdown.PictureServices;
import dev.hindsight.ui.support.WindowText;
import dev.hindsight.ui.writing.FindBar;
import dev.hindsight.ui.writing.ProseMarks;
import dev.hindsight.ui.writing.WritingChecks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** One report's window: menus, toolbar, the five section tabs and the status bar. */
public final class MainWindow {
    /** Code points of a window title: a title bar shows fewer, and a 10 MB title must not reach the window system. */
    static final int WINDOW_TITLE_MAX = 200;

    private final Stage stage;
    private final AppContext app;
    private final DocumentViewModel doc = new DocumentViewModel();
    private final FileActions files;
    private final ExportActions exports;
    private final MarkdownPreview preview;
    private final Autosaver autosaver;
    private final DialogService dialogs;
    private SectionTabs tabs;
    private SectionContents sections;
    private final EditCommands edits = new EditCommands();
    /** The review's checks run here, one at a time, never on the JavaFX thread. */
    private final java.util.concurrent.ScheduledExecutorService reviewWorker =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                    dev.hindsight.ui.support.FirstFrame.threads("hindsight-review"));
    /** The one check of the report, shared by the Review panel and the prose fields' underlines (decision 0032). */
    private final dev.hindsight.ui.review.ReportChecks checks;
    private final dev.hindsight.ui.review.ReviewViewModel review;
    private final ReviewSide reviewSide;
    private WindowActions actions;
    private javafx.scene.control.MenuBar menus;
    private final ProseMarks marks = new ProseMarks();
    private WritingChecks writing;
    private ReviewActions reviewActions;
    private FindBar findBar;

    public MainWindow(Stage stage, AppContext app) {
        this.stage = stage;
        this.app = app;
        this.dialogs = app.dialogsFor(stage);
        this.checks = new dev.hindsight.ui.review.ReportChecks(doc, WritingChecks.personal(app.settings().folder()),
                reviewWorker, javafx.application.Platform::runLater);
        this.review = new dev.hindsight.ui.review.ReviewViewModel(doc, checks);
        this.reviewSide = new ReviewSide(review, doc, dialogs);
        this.files = new FileActions(doc, dialogs, app.background(), app.files(), app.settings());
        this.exports = new ExportActions(doc, dialogs, app.background(), app.settings(), app::openFile);
        this.preview = new MarkdownPreview(app::openLink, new PictureServices(doc::current, dialogs, app.background(),
                () -> app.settings().lastFolder().orElse(java.nio.file.Path.of(System.getProperty("user.home")))));
        this.autosaver = app.recovery() == null ? null
                : new Autosaver(doc, app.recovery(), app.autosaveScheduler());
    }

    public DocumentViewModel document() {
        return doc;
    }

    /** The marks of the prose fields: findings, and highlights from outside ({@link ProseMarks#showHighlights}). */
    public ProseMarks marks() {
        return marks;
    }

    /** The spell check of this window's report. */
    public WritingChecks writing() {
        return writing;
    }

    /** The one check of the report that the underlines and the Review panel show. */
    public dev.hindsight.ui.review.ReportChecks checks() {
        return checks;
    }

    /** The find and replace bar. */
    public FindBar findBar() {
        return findBar;
    }

    /** Find…, Replace…, Find Next, Find Previous, for the Edit menu. */
    java.util.List<javafx.scene.control.MenuItem> findItems() {
        return List.of(new AppAction("_Find\u2026", WindowActions.keys(javafx.scene.input.KeyCode.F), null,
                        () -> findBar.open(false)).id("find").menuItem(),
                new AppAction("R_eplace\u2026", WindowActions.keys(javafx.scene.input.KeyCode.H), null,
                        () -> findBar.open(true)).id("replace").menuItem(),
                new AppAction("Find _Next", new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F3),
                        null, () -> findBar.next()).id("find-next").menuItem(),
                new AppAction("Find Pre_vious", new javafx.scene.input.KeyCodeCombination(
                        javafx.scene.input.KeyCode.F3, javafx.scene.input.KeyCombination.SHIFT_DOWN), null,
                        () -> findBar.previous()).id("find-previous").menuItem());
    }

    public FileActions files() {
        return files;
    }

    public Stage stage() {
        return stage;
    }

    /** A window still showing the empty report it opened with, which a file may replace. */
    public boolean isUnused() {
        return doc.file().get() == null && !doc.dirty().get() && !doc.canUndo().get();
    }

    public void show() {
        show(() -> {
        });
    }

    /** Builds and shows the window; {@code beforeFirstFrame} runs once its controls exist, before it is shown. */
    public void show(Runnable beforeFirstFrame) {
        actions = new WindowActions(this, doc, files, exports, edits,
                new ImportActions(files, dialogs, app.background(), app.settings()));
        sections = new SectionContents(doc, app, dialogs, preview, edits, i -> tabs.select(i), reviewSide::mayBecome);
        tabs = new SectionTabs(sections.tabs(), sections.labels());
        BorderPane root = new BorderPane(reviewSide.beside(tabs.pane(), () -> stage.getScene().getRoot(), tabs::select));
        marks.install(root);
        writing = new WritingChecks(checks, doc, marks);
        dev.hindsight.ui.writing.CommentMarks.follow(doc.report(), marks);
        findBar = new FindBar(doc, marks, i -> tabs.pane().getSelectionModel().select(i));
        menus = MainMenuBar.build(this, actions, tabs, app.settings(), sections.reportActions(), exports);
        root.setTop(new VBox(menus, toolBar(), findBar.node()));
        root.setBottom(StatusLine.build(doc, app.background().activity(), exports,
                autosaver == null ? new javafx.beans.property.SimpleStringProperty(
                        "Autosave is off: the recovery folder could not be used") : autosaver.status(),
                new UnshownCharacters(doc.report(), app::fonts)));
        Scene scene = new Scene(root, 1180, 800);
        Theme.style(scene, app.settings());
        UndoKeys.install(scene, doc::undo, doc::redo);
        edits.attach(scene);
        acceptDroppedFiles(scene);
        reviewActions = new ReviewActions(doc, dialogs, app.background(), app.files(), app.settings(), tabs, root::setRight);
        reviewActions.addTo(menus, scene, exports);
        stage.setScene(scene);
        javafx.beans.binding.StringBinding title = doc.windowTitle();
        stage.titleProperty().bind(dev.hindsight.ui.support.Distinct.of(Bindings.createStringBinding(
                () -> WindowText.clean(title.get(), WINDOW_TITLE_MAX), title)));
        AppIcons.setOnceDrawn(stage);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        WindowBounds.restore(stage, app.settings(), app.windows().size());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        beforeFirstFrame.run();
        stage.show();
        dev.hindsight.ui.support.FirstFrame.openAfter(scene);
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar(actions.newReport.toolbarButton(), actions.open.toolbarButton(),
                actions.save.toolbarButton(), new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                actions.undo.toolbarButton(),
                actions.redo.toolbarButton(), new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                actions.exportPdf.toolbarButton(), actions.exportMarkdown.toolbarButton(), spacer(),
                SeverityBadge.build(doc));
        bar.setId("toolbar");
        return bar;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        return spacer;
    }

    /** Whether the Review panel is shown (View > Review Panel, F7). */
    javafx.beans.property.BooleanProperty reviewShown() {
        return reviewSide.shown();
    }

    /** Compare with…, merge conflicts and review comments of this window. */
    public ReviewActions review() {
        return reviewActions;
    }

    public ExportActions exports() {
        return exports;
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().getFiles();
            boolean ok = dropped != null && !dropped.isEmpty();
            if (ok) {
                files.open(dropped.get(0).toPath());
                dropped.stream().skip(1).forEach(f -> app.openInWindow(f.toPath()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Closes the window after asking about unsaved changes; completes with whether it closed. */
    public CompletableFuture<Boolean> requestClose() {
        return files.confirmClose().thenApply(ok -> {
            if (ok) {
                WindowBounds.remember(stage, app.settings());
                reviewWorker.shutdownNow();
                stage.close();
                if (autosaver != null) {
                    autosaver.closed();
                }
                app.closed(this);
            }
            return ok;
        });
    }

    /** Shows a report recovered after a crash, unsaved, keeping its recovery copy under {@code claimedId}. */
    public void restore(dev.hindsight.recovery.RecoveredReport recovered, String claimedId) {
        files.restore(recovered.report(), recovered.originalFile(), recovered.basedOn());
        if (autosaver != null) {
            autosaver.adopt(claimedId);
        }
    }

    /** Writes the recovery copy now instead of after the quiet second (tests). */
    public void flushAutosave() {
        if (autosaver != null) {
            autosaver.flush();
        }
    }

    /**
     * Shows an action item, as a library asks: the measures tab with the item selected. The item is
     * the one at {@code index} if its title is still {@code title}, else the first with that title.
     */
    public void showActionItem(int index, String title) {
        tabs.select(4);
        sections.selectActionItem(index, title);
    }

    void openLibrary() {
        Path start = doc.file().get() != null ? doc.file().get().toAbsolutePath().getParent()
                : app.settings().lastFolder().orElse(Path.of(System.getProperty("user.home")));
        dialogs.chooseFolder(start).ifPresent(folder -> app.libraries().open(folder));
    }

    /** The index of the section tab shown (0 is the summary). */
    int selectedSection() {
        return tabs.selected();
    }

    void openNewWindow() {
        app.newWindow();
    }

    void quit() {
        app.quit();
    }

    /** Insert Image: into the Markdown field that has the focus, or had it last. */
    void insertImage() {
        PictureInput.of(stage.getScene()).ifPresentOrElse(PictureInput::chooseAndInsert, () -> dialogs.showError(
                "Where should the image go?", "Click in a text field that takes Markdown (Impact, Root Cause, "
                        + "Resolution, Improvements, an action item's details\u2026) and choose Insert \u25B8 Image\u2026 "
                        + "again. You can also paste a screenshot there, or drop a PNG, JPEG or GIF file on it."));
    }

    void showShortcuts() {
        HelpDialogs.shortcuts(stage, preview, app.settings().zoom().get(), menus.getMenus());
    }

    void showFormatHelp() {
        HelpDialogs.format(stage, preview, app.settings().zoom().get());
    }

    void showAbout() {
        HelpDialogs.about(stage, app.settings().zoom().get());
    }
}
