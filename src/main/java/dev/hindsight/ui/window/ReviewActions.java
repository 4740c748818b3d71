package dev.hindsight.ui.window;

import dev.hindsight.comments.Anchor;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.review.CommentsPanel;
import dev.hindsight.ui.review.CommentsViewModel;
import dev.hindsight.ui.review.ComparePanel;
import dev.hindsight.ui.review.CompareViewModel;
import dev.hindsight.ui.review.ConflictsPanel;
import dev.hindsight.ui.review.ConflictsViewModel;
import dev.hindsight.ui.review.FieldPlaces;
import dev.hindsight.ui.review.ReviewPanels;
import dev.hindsight.ui.support.Background;
import dev.hindsight.ui.support.RowReveal;
import dev.hindsight.ui.support.Settings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Compare with…, the recorded merge conflicts and review comments of one window: their menu
 * items, the side panels, Add Comment on what is selected, and going to a place of the report.
 * A report opened with comments or conflicts shows their panel (conflicts in front).
 */
public final class ReviewActions {
    private static final Logger LOG = Logger.getLogger(ReviewActions.class.getName());
    static final String COMMENTS = "panel-comments";
    static final String CONFLICTS = "panel-conflicts";
    static final String COMPARE = "panel-compare";

    private final DocumentViewModel doc;
    private final DialogService dialogs;
    private final Background background;
    private final ReportFiles files;
    private final Settings settings;
    private final SectionTabs tabs;
    private final ReviewPanels panels;
    private final CommentsViewModel comments;
    private final ConflictsViewModel conflicts;
    private final CompareViewModel compare;
    private Scene scene;
    private Path shownFile;

    ReviewActions(DocumentViewModel doc, DialogService dialogs, Background background, ReportFiles files,
                  Settings settings, SectionTabs tabs, java.util.function.Consumer<Node> side) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.background = background;
        this.files = files;
        this.settings = settings;
        this.tabs = tabs;
        this.panels = new ReviewPanels(side);
        this.comments = new CommentsViewModel(doc, dialogs, settings, Clock.systemUTC(), new SecureRandom());
        this.conflicts = new ConflictsViewModel(doc, dialogs);
        this.compare = new CompareViewModel(doc, dialogs);
        doc.report().addListener((o, before, after) -> {
            if (!java.util.Objects.equals(doc.file().get(), shownFile)) {
                // another file in the window: the last one's empty panels go
                shownFile = doc.file().get();
                if (after.mergeConflicts().isEmpty()) {
                    panels.close(CONFLICTS);
                }
                if (after.comments().isEmpty()) {
                    panels.close(COMMENTS);
                }
            }
            if (!after.mergeConflicts().isEmpty() && (before == null || before.mergeConflicts().isEmpty())) {
                showConflicts();
            }
            if (!after.comments().isEmpty() && (before == null || before.comments().isEmpty())) {
                showComments();
            }
        });

    }

    /** Adds the menu items to the window's menus (File, Edit, View, Report: the first four). */
    void addTo(MenuBar bar, Scene scene, ExportActions exports) {
        this.scene = scene;
        Menu file = bar.getMenus().get(0);
        int afterRecent = file.getItems().indexOf(file.getItems().stream().filter(i -> "menu-recent".equals(i.getId()))
                .findFirst().orElse(null)) + 1;
        file.getItems().add(afterRecent, new AppAction("Co_mpare with\u2026", null, null, this::compareWith)
                .id("compare-with").menuItem());
        javafx.scene.control.CheckMenuItem withComments = new javafx.scene.control.CheckMenuItem(
                "Include Comments in E_xports");
        withComments.setMnemonicParsing(true);
        withComments.setId("menu-export-comments");
        withComments.selectedProperty().bindBidirectional(exports.comments());
        int afterSizes = file.getItems().indexOf(file.getItems().stream()
                .filter(i -> "menu-page-size".equals(i.getId())).findFirst().orElse(null)) + 1;
        file.getItems().add(afterSizes > 0 ? afterSizes : file.getItems().size(), withComments);
        Menu edit = bar.getMenus().get(1);
        edit.getItems().addAll(new SeparatorMenuItem(), new AppAction("Add Co_mment\u2026",
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), null,
                this::addComment).id("add-comment").menuItem());
        Menu view = bar.getMenus().get(2);
        view.getItems().addAll(new SeparatorMenuItem(),
                new AppAction("_Comments", null, null, this::showComments).id("show-comments").menuItem(),
                new AppAction("Merge Con_flicts", null, null, this::showConflicts).id("show-conflicts").menuItem());
        if (!doc.current().comments().isEmpty()) {
            showComments();
        }
        if (!doc.current().mergeConflicts().isEmpty()) {
            showConflicts();
        }
    }

    public void showComments() {
        panels.show(COMMENTS, "Comments", () -> new CommentsPanel(comments, this::goTo, ZoneId.systemDefault()).build(),
                () -> { });
    }

    public void showConflicts() {
        panels.show(CONFLICTS, "Conflicts", () -> new ConflictsPanel(conflicts, this::goTo).build(), () -> { });
    }

    /** File ▸ Compare with…: asks for the other copy, reads it in the background, shows the differences. */
    public CompletableFuture<Boolean> compareWith() {
        Path folder = settings.lastFolder().orElse(Path.of(System.getProperty("user.home")));
        return dialogs.chooseReportToCompare(folder).map(this::compareWith)
                .orElse(CompletableFuture.completedFuture(false));
    }

    public CompletableFuture<Boolean> compareWith(Path other) {
        return background.submit("Reading " + other.getFileName(), () -> files.open(other).report())
                .handle((theirs, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        if (cause instanceof ReportFormatException refusal) {
                            LOG.info(() -> "not compared: " + refusal.getMessage());
                            dialogs.showError("This file cannot be compared with the report", refusal.getMessage());
                        } else {
                            LOG.log(Level.WARNING, "not compared: " + other, cause);
                            dialogs.showError("This file cannot be compared with the report", other + ": " + cause);
                        }
                        return false;
                    }
                    compare.compareWith(theirs, other.getFileName().toString());
                    panels.show(COMPARE, "Compare", () -> new ComparePanel(compare, this::goTo).build(), compare::close);
                    return true;
                });
    }

    /**
     * Edit ▸ Add Comment: on the words selected in a field, else on the whole field; on the
     * selected row of the timeline or action items; else says what to select.
     */
    public boolean addComment() {
        Node focus = scene == null ? null : scene.getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof dev.hindsight.ui.writing.ProseArea prose && !prose.place().get().isEmpty()) {
                var selection = prose.getSelection();
                String path = prose.place().get();
                boolean added = selection.getLength() > 0 ? comments.addOnWords(path, selection.getStart(),
                        selection.getEnd()) : comments.addOnPlace(path);
                return shownAfter(added);
            }
            if (n instanceof TextInputControl text && FieldPlaces.fieldOf(text.getId()).isPresent()) {
                String path = FieldPlaces.fieldOf(text.getId()).get();
                var selection = text.getSelection();
                boolean added = selection.getLength() > 0 ? comments.addOnWords(path, selection.getStart(),
                        selection.getEnd()) : comments.addOnPlace(path);
                return shownAfter(added);
            }
            if (n instanceof TableView<?> table && FieldPlaces.listOf(table.getId()).isPresent()) {
                int row = table.getSelectionModel().getSelectedIndex();
                if (row >= 0) {
                    return shownAfter(comments.addOnRow(FieldPlaces.listOf(table.getId()).get() + "[" + row + "]"));
                }
            }
        }
        dialogs.showError("Nothing to comment on", "Select words in a field, or a timeline row or action item, "
                + "then choose Add Comment.");
        return false;
    }

    private boolean shownAfter(boolean added) {
        if (added) {
            showComments();
        }
        return added;
    }

    private void goTo(Anchor anchor) {
        goTo(anchor.path(), anchor.start(), anchor.end());
    }

    private void goTo(String path) {
        goTo(path, -1, -1);
    }

    /** Shows the place {@code path} of the report: its tab, its field with the words selected, or its row. */
    void goTo(String path, int start, int end) {
        tabs.select(FieldPlaces.tabOf(path));
        Platform.runLater(() -> {
            Parent root = scene == null ? null : scene.getRoot();
            if (root == null) {
                return;
            }
            var control = FieldPlaces.controlOf(path).map(id -> root.lookup("#" + id));
            if (control.isPresent() && control.get() instanceof dev.hindsight.ui.writing.ProseArea prose) {
                if (start >= 0 && end <= prose.getLength()) {
                    prose.reveal(start, end);
                } else {
                    prose.requestFocus();
                }
                return;
            }
            if (control.isPresent() && control.get() instanceof TextInputControl text) {
                text.requestFocus();
                if (start >= 0 && end <= text.getLength()) {
                    text.selectRange(start, end);
                }
                return;
            }
            FieldPlaces.rowOf(path).ifPresent(row -> {
                if (root.lookup("#" + row.getKey()) instanceof TableView<?> table
                        && row.getValue() < table.getItems().size()) {
                    table.getSelectionModel().clearAndSelect(row.getValue());
                    RowReveal.show(table, row.getValue());
                    table.requestFocus();
                }
            });
        });
    }
}
