package dev.hindsight.ui.summary;

import atlantafx.base.theme.Styles;
import dev.hindsight.ui.support.TextBindings;
import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The classification block of the Issue Summary tab, for learning across reports (format version 2). */
public final class ClassificationView {
    private final ClassificationViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox factorRows = new VBox(6);
    private int row;

    public ClassificationView(ClassificationViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getStyleClass().add("classification");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole at every zoom; the fields give
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        add("Ta_gs", list("summary-tags", vm.tags(), "database, network", vm::suggestTags));
        add("Affected servi_ces", list("summary-services", vm.services(), "checkout, payments", vm::suggestServices));
        add("Contri_buting factors", factors());
        add("Re_lated incidents", list("summary-related", vm.related(), "Incident ids or report file names",
                vm::suggestIncidents));
        CheckBox nearMiss = new CheckBox("_Near miss: no user impact, kept to learn from");
        nearMiss.setId("summary-near-miss");
        nearMiss.setMnemonicParsing(true);
        nearMiss.setWrapText(true); // in a narrow window it goes onto two lines rather than widen the form
        nearMiss.selectedProperty().bindBidirectional(vm.nearMiss());
        grid.add(nearMiss, 1, row++);
        grid.setPadding(new Insets(4, 0, 0, 0));
        return grid;
    }

    private void add(String label, Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field instanceof VBox box ? box.getChildren().get(0) : field);
        l.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        grid.addRow(row++, l, field);
    }

    private static TextField list(String id, ParsedFieldViewModel<List<String>> field, String prompt,
                                  BiFunction<String, List<String>, List<String>> suggest) {
        TextField control = new TextField();
        control.setId(id);
        control.setPromptText(prompt + " (separated by commas)");
        TextBindings.bind(control, field.text());
        new ListCompletion(control, suggest);
        return control;
    }

    private Node factors() {
        Button add = new Button("Add factor", new FontIcon(MaterialDesignP.PLUS));
        add.setId("summary-factor-add");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> {
            vm.addFactor();
            focusLast();
        });
        vm.factors().addListener((ListChangeListener<FactorFields>) c -> rebuild());
        rebuild();
        VBox box = new VBox(6, factorRows, add);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** One row per factor; rebuilt only when factors are added or removed, so typing keeps its focus. */
    private void rebuild() {
        factorRows.getChildren().clear();
        for (int i = 0; i < vm.factors().size(); i++) {
            factorRows.getChildren().add(factorRow(i, vm.factors().get(i)));
        }
    }

    private Node factorRow(int index, FactorFields fields) {
        ComboBox<String> category = new ComboBox<>();
        category.setId("summary-factor-category-" + index);
        category.setEditable(true);
        category.setPromptText("category");
        category.setPrefWidth(170);
        category.setOnShowing(e -> category.getItems().setAll(vm.categories()));
        category.getItems().setAll(vm.categories());
        TextBindings.bind(category.getEditor(), fields.category());
        category.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(fields.category().get())) {
                fields.category().set(b);
            }
        });
        TextField description = new TextField();
        description.setId("summary-factor-description-" + index);
        description.setPromptText("How it contributed, in a sentence");
        TextBindings.bind(description, fields.description());
        HBox.setHgrow(description, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.setId("summary-factor-remove-" + index);
        remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        remove.setTooltip(new Tooltip("Delete this factor"));
        remove.setOnAction(e -> vm.removeFactor(index));
        HBox line = new HBox(6, category, description, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void focusLast() {
        if (!factorRows.getChildren().isEmpty()) {
            Node last = factorRows.getChildren().get(factorRows.getChildren().size() - 1);
            ((HBox) last).getChildren().get(0).requestFocus();
        }
    }
}
