package dev.hindsight.ui.review;

import atlantafx.base.theme.Styles;
import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportSection;
import dev.hindsight.model.ReviewQuestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Review panel beside the section tabs: the findings grouped by section (a click or Enter goes to
 * the words, Delete or "Dismiss" dismisses one for this report), and the review checklist the reviewer
 * ticks. Everything it changes goes through the report's undo stack.
 */
public final class ReviewPanel {
    private final ReviewViewModel vm;
    private final Consumer<Finding> goTo;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Findings"));
    private final Label count = new Label();
    private final List<CheckBox> questions = new java.util.ArrayList<>();

    /**
     * The panel of {@code vm}'s findings; a finding is shown in the window whose content is {@code root},
     * {@code showTab} showing the section tab of an index.
     */
    public ReviewPanel(ReviewViewModel vm, Supplier<Parent> root, IntConsumer showTab) {
        this.vm = vm;
        this.goTo = new FindingNavigator(root, showTab)::go;
    }

    public Node build() {
        Label heading = new Label("Review");
        heading.getStyleClass().add(Styles.TITLE_4);
        count.setId("review-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("review-dismiss");
        dismiss.setTooltip(new Tooltip("Dismiss the selected finding for this report (Delete); Undo brings it back"));
        dismiss.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null,
                tree.getSelectionModel().selectedItemProperty()));
        dismiss.setOnAction(e -> dismissSelected());
        // in a narrow panel the count gives way ("11 find…"), never the heading or the button
        heading.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, heading, count, spacer, dismiss);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("review-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        problem.textProperty().bind(vm.problem());
        problem.visibleProperty().bind(vm.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        tree.setId("review-findings");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FindingCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                goTo.accept(selected());
                e.consume();
            } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected() != null) {
                dismissSelected();
                e.consume();
            }
        });
        MenuItem goItem = new MenuItem("Go to the Words");
        goItem.setOnAction(e -> {
            if (selected() != null) {
                goTo.accept(selected());
            }
        });
        MenuItem dismissItem = new MenuItem("Dismiss for This Report");
        dismissItem.setOnAction(e -> dismissSelected());
        tree.setContextMenu(new ContextMenu(goItem, dismissItem));
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.findings().addListener((ListChangeListener<Finding>) c -> fill());
        fill();

        javafx.scene.control.ScrollPane questionsPane = new javafx.scene.control.ScrollPane(checklist());
        questionsPane.setFitToWidth(true);
        questionsPane.setId("review-questions");
        questionsPane.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        questionsPane.setMinHeight(90);
        TitledPane checklist = new TitledPane("Review checklist", questionsPane);
        checklist.setId("review-checklist");
        VBox box = new VBox(8, top, problem, tree, checklist);
        box.setPadding(new Insets(8));
        box.setId("review-panel");
        box.setMinWidth(220);
        return box;
    }

    private Node checklist() {
        VBox box = new VBox(6);
        for (ReviewQuestion q : ReviewQuestion.ALL) {
            CheckBox check = new CheckBox(q.question());
            check.setId("review-q-" + q.code());
            check.setWrapText(true);
            check.setMaxWidth(Double.MAX_VALUE);
            check.setMinHeight(Region.USE_PREF_SIZE);
            check.setTooltip(new Tooltip(q.help()));
            check.setSelected(vm.isTicked(q.code()));
            check.setOnAction(e -> vm.tick(q.code(), check.isSelected()));
            questions.add(check);
            box.getChildren().add(check);
        }
        vm.document().report().addListener((o, before, after) -> {
            for (int i = 0; i < questions.size(); i++) {
                questions.get(i).setSelected(after.review().isTicked(ReviewQuestion.ALL.get(i).code()));
            }
        });
        return box;
    }

    private Finding selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Finding f ? f : null;
    }

    private void dismissSelected() {
        Finding f = selected();
        if (f != null) {
            int row = tree.getSelectionModel().getSelectedIndex();
            vm.dismiss(f);
            int rows = tree.getExpandedItemCount();
            if (rows > 0) {
                tree.getSelectionModel().clearAndSelect(Math.min(row, rows - 1));
            }
        }
    }

    /** Rebuilds the tree from the findings, keeping the selected finding selected when it is still there. */
    private void fill() {
        Finding keep = selected();
        List<Finding> all = vm.findings();
        count.setText(all.isEmpty() ? "Nothing found" : all.size() == 1 ? "1 finding"
                : String.format(Locale.ROOT, "%d findings", all.size()));
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        TreeItem<Object> reselect = null;
        for (Map.Entry<ReportSection, List<Finding>> e : FindingSections.group(all).entrySet()) {
            TreeItem<Object> section = new TreeItem<>(e.getKey().label() + "  (" + e.getValue().size() + ")");
            section.setExpanded(true);
            for (Finding f : e.getValue()) {
                TreeItem<Object> leaf = new TreeItem<>(f);
                section.getChildren().add(leaf);
                if (f.equals(keep)) {
                    reselect = leaf;
                }
            }
            root.getChildren().add(section);
        }
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    /** A section heading, or a finding: its rule and words on one line, its message below, wrapped. */
    private final class FindingCell extends TreeCell<Object> {
        private final Label where = new Label();
        private final Label message = new Label();
        private final VBox box = new VBox(2, where, message);

        FindingCell() {
            where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            message.getStyleClass().add(Styles.TEXT_SMALL);
            for (Label label : List.of(where, message)) { // the words quoted may be long: they wrap too
                label.setWrapText(true);
                label.maxWidthProperty().bind(tree.widthProperty().subtract(70));
            }
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof Finding f) {
                    goTo.accept(f);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("review-section", "review-finding");
            box.getStyleClass().removeIf(s -> s.startsWith("rule-"));
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else if (item instanceof Finding f) {
                where.setText(ruleLabel(f.rule()) + (f.isAboutWords() ? "  \u201c" + f.text() + "\u201d" : ""));
                message.setText(f.message());
                box.getStyleClass().add("rule-" + f.rule());
                getStyleClass().add("review-finding");
                setText(null);
                setGraphic(box);
                Tooltip tip = new Tooltip(f.message() + (f.suggestions().isEmpty() ? ""
                        : "\n\n" + String.join("\n", f.suggestions())) + "\n\n" + f.place());
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                setTooltip(tip);
            } else {
                getStyleClass().add("review-section");
                setText(item.toString());
                setGraphic(null);
                setTooltip(null);
            }
        }
    }

    static String ruleLabel(String rule) {
        return rule.isEmpty() ? rule : rule.substring(0, 1).toUpperCase(Locale.ROOT) + rule.substring(1);
    }
}
