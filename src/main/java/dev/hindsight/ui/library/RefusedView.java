package dev.hindsight.ui.library;

import dev.hindsight.library.Refusal;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The files of the folder that are not reports or do not validate, each with the reason, apart from the reports. */
final class RefusedView {
    private RefusedView() {
    }

    static Node build(LibraryViewModel vm) {
        TableView<Refusal> table = new TableView<>(vm.refused());
        table.setId("library-refused");
        table.setPlaceholder(new Label("Every *.postmortem.json file of the folder is a valid report."));
        TableColumn<Refusal, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(relative(vm.folder(), c.getValue().file())));
        file.setPrefWidth(320);
        TableColumn<Refusal, String> reason = new TableColumn<>("Why it is not in the library");
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        reason.setPrefWidth(640);
        table.getColumns().setAll(java.util.List.of(file, reason));
        return table;
    }

    static String relative(Path folder, Path file) {
        try {
            return folder.relativize(file).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
