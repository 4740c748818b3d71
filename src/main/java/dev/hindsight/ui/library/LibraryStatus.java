package dev.hindsight.ui.library;

import atlantafx.base.theme.Styles;
import dev.hindsight.library.LibraryFolder;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The library window's status line: counts, the last scan, where the index is, and a progress bar while reading. */
final class LibraryStatus {
    private LibraryStatus() {
    }

    static Node build(LibraryViewModel vm) {
        Label counts = new Label();
        counts.setId("library-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            int reports = vm.library().get().reports().size();
            int refused = vm.refused().size();
            return String.format(java.util.Locale.ROOT, "%,d reports \u00b7 %,d refused \u00b7 %,d shown", reports, refused,
                    vm.rows().size());
        }, vm.library(), vm.refused(), vm.rows()));
        Label scan = new Label();
        scan.setId("library-scan");
        scan.textProperty().bind(vm.scans().summary());
        scan.getStyleClass().add(Styles.TEXT_MUTED);
        Label cache = new Label(cacheNote(vm.cacheState()));
        cache.setId("library-cache");
        cache.getStyleClass().add(Styles.WARNING);
        cache.setVisible(!cache.getText().isEmpty());
        cache.setManaged(cache.isVisible());
        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.progressProperty().bind(vm.progress());
        progress.visibleProperty().bind(vm.progress().greaterThanOrEqualTo(0));
        progress.setPrefWidth(160);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(14, counts, scan, spacer, cache, progress);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(4, 10, 4, 10));
        line.getStyleClass().add("status-line");
        return line;
    }

    static String cacheNote(LibraryFolder.CacheState state) {
        switch (state) {
            case IN_USE_ELSEWHERE:
                return "Another Hindsight has this folder open: its search index is built in memory here";
            case UNAVAILABLE:
                return "The cache folder cannot be used: the search index is in memory and rebuilt at every open";
            default:
                return "";
        }
    }
}
