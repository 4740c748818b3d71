package dev.hindsight.ui.library;

import dev.hindsight.model.Code;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The search field and the filters above the table: severity, status, dates, tag, service. */
final class FilterBar {
    private final LibraryViewModel vm;
    private final TextField search = new TextField();

    FilterBar(LibraryViewModel vm) {
        this.vm = vm;
    }

    TextField searchField() {
        return search;
    }

    Node build() {
        search.setId("library-search");
        search.setPromptText("Search every report (Ctrl+F): words, \"a phrase\", -without, this | that");
        search.textProperty().bindBidirectional(vm.search());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Label icon = new Label(null, new FontIcon(MaterialDesignM.MAGNIFY));
        HBox searchLine = new HBox(6, icon, search);
        searchLine.setAlignment(Pos.CENTER_LEFT);

        DatePicker from = date("library-from", "From");
        from.valueProperty().bindBidirectional(vm.from());
        DatePicker to = date("library-to", "Until");
        to.valueProperty().bindBidirectional(vm.to());
        Button clear = new Button("Clear filters");
        clear.setId("library-clear");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(8, 6, codes("library-severity", "Severity", Severity.KNOWN, vm.severities()),
                codes("library-status", "Status", ReportStatus.KNOWN, vm.statuses()), from, to,
                choice("library-tag", "Tag", vm.tagChoices(), vm.tag()),
                choice("library-service", "Service", vm.serviceChoices(), vm.service()), clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, searchLine, filters);
        box.setPadding(new Insets(8, 10, 6, 10));
        return box;
    }

    private static DatePicker date(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        return picker;
    }

    /** A drop-down of check items for an enumeration (plus "none" for severity), its label counting the chosen. */
    private static <C extends Code> MenuButton codes(String id, String name, List<C> known, ObservableSet<String> chosen) {
        MenuButton button = new MenuButton(name);
        button.setId(id);
        List<String> codes = new ArrayList<>();
        known.forEach(c -> codes.add(c.code()));
        if (name.equals("Severity")) {
            codes.add("none");
        }
        for (String code : codes) {
            CheckMenuItem item = new CheckMenuItem(label(known, code));
            item.setId(id + "-" + code);
            item.setSelected(chosen.contains(code));
            item.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    chosen.add(code);
                } else {
                    chosen.remove(code);
                }
            });
            chosen.addListener((SetChangeListener<String>) c -> item.setSelected(chosen.contains(code)));
            button.getItems().add(item);
        }
        button.textProperty().bind(Bindings.createStringBinding(() -> chosen.isEmpty() ? name + ": any"
                : name + ": " + String.join(", ", chosen.stream().sorted().toList()), chosen));
        return button;
    }

    private static <C extends Code> String label(List<C> known, String code) {
        return code.equals("none") ? "No severity" : known.stream().filter(c -> c.code().equals(code)).findFirst()
                .map(Code::label).orElse(code);
    }

    private static ComboBox<String> choice(String id, String prompt, ObservableList<String> values,
                                           javafx.beans.property.StringProperty chosen) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(prompt + ": any");
        box.getItems().setAll(values);
        values.addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = chosen.get();
            box.getItems().setAll(values);
            box.setValue(keep == null || keep.isEmpty() ? null : keep);
        });
        box.valueProperty().addListener((o, a, b) -> chosen.set(b == null ? "" : b));
        chosen.addListener((o, a, b) -> box.setValue(b == null || b.isEmpty() ? null : b));
        box.setPrefWidth(160);
        return box;
    }
}
