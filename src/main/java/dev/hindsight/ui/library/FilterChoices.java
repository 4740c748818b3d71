package dev.hindsight.ui.library;

import dev.hindsight.library.Library;
import dev.hindsight.library.ReportDigest;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the library's filters offer to choose from: the tags, services and action owners of the reports scanned, sorted. */
final class FilterChoices {
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();

    /** The choices of {@code scan}'s reports, each once whatever its case, in alphabetical order. */
    void show(Library scan) {
        tags.setAll(sorted(scan, ReportDigest::tags));
        services.setAll(sorted(scan, ReportDigest::services));
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        scan.reports().forEach(e -> e.digest().actions().forEach(a -> {
            if (!a.owner().isBlank()) {
                names.add(a.owner().strip());
            }
        }));
        owners.setAll(names);
    }

    private static List<String> sorted(Library scan, Function<ReportDigest, List<String>> names) {
        TreeSet<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        scan.reports().forEach(e -> names.apply(e.digest()).forEach(out::add));
        return List.copyOf(out);
    }

    ObservableList<String> tags() {
        return tags;
    }

    ObservableList<String> services() {
        return services;
    }

    ObservableList<String> owners() {
        return owners;
    }
}
