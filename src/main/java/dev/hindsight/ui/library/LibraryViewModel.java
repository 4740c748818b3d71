package dev.hindsight.ui.library;

import dev.hindsight.library.ActionQuery;
import dev.hindsight.library.ActionRow;
import dev.hindsight.library.DateRange;
import dev.hindsight.library.Library;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.LibraryFilter;
import dev.hindsight.library.LibraryFolder;
import dev.hindsight.library.Refusal;
import dev.hindsight.library.SearchResult;
import dev.hindsight.ui.support.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The library window's state: the library as last scanned, the filters and the search, and what
 * they leave (the table's rows, the action items, the refused files). Scans and searches run in
 * the {@link Background}; a search answers the text typed last, never an older one.
 */
public final class LibraryViewModel {
    /** Passages are computed for this many best hits; the rest are found without one. */
    static final int SNIPPETS = 30;
    private static final long STALE_AFTER_MILLIS = 2000;

    private final LibraryFolder folder;
    private final Background background;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(Library.empty());
    private final ObservableList<LibraryEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<Refusal> refused = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableSet<String> severities = FXCollections.observableSet();
    private final ObservableSet<String> statuses = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty service = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringProperty owner = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final FilterChoices choices = new FilterChoices();
    private final AtomicInteger searches = new AtomicInteger();
    private final ScanState scans;

    public LibraryViewModel(LibraryFolder folder, Background background, Supplier<LocalDate> today) {
        this.folder = folder;
        this.background = background;
        this.today = today;
        this.scans = new ScanState(folder.folder());
        for (Observable o : new Observable[] {severities, statuses, from, to, tag, service, openOnly, overdueOnly, owner}) {
            o.addListener(x -> recompute());
        }
        search.addListener((o, a, b) -> searchNow());
    }

    /** Rescans unless a scan ended less than a moment ago (the window is focused again and again). */
    public void rescanIfStale() {
        if (scans.endedMillisAgo() > STALE_AFTER_MILLIS) {
            rescan();
        }
    }

    /** Rescans the folder by fingerprint; a rescan asked for while one runs follows it once. */
    public void rescan() {
        if (!scans.start()) {
            return;
        }
        progress.set(0);
        background.submit("Reading the library", () -> folder.rescan(this::scanProgress)).whenComplete((scan, failure) -> {
            progress.set(-1);
            if (failure == null) {
                scans.finished(scan);
                showScan(scan);
            } else {
                scans.failed(failure);
            }
            if (scans.again()) {
                rescan();
            }
        });
    }

    private void scanProgress(int done, int total) {
        if (total > 0 && (done == total || done % 50 == 0)) {
            double share = done / (double) total;
            Platform.runLater(() -> {
                if (progress.get() >= 0) {
                    progress.set(share);
                }
            });
        }
    }

    private void showScan(Library scan) {
        library.set(scan);
        refused.setAll(scan.refused());
        choices.show(scan);
        if (search.get().isBlank()) {
            recompute();
        } else {
            searchNow();
        }
    }

    private void searchNow() {
        String typed = search.get();
        int mine = searches.incrementAndGet();
        if (typed == null || typed.isBlank()) {
            result.set(null);
            recompute();
            return;
        }
        background.submit("Searching", () -> folder.search(typed, SNIPPETS)).whenComplete((found, failure) -> {
            if (mine == searches.get() && failure == null) {
                result.set(found);
                recompute();
            }
        });
    }

    /** The filters of the table, as the library package reads them. */
    public LibraryFilter filter() {
        return new LibraryFilter(severities, statuses, new DateRange(from.get(), validTo()), tag.get(), service.get());
    }

    private LocalDate validTo() {
        return to.get() != null && from.get() != null && to.get().isBefore(from.get()) ? from.get() : to.get();
    }

    private void recompute() {
        LibraryFilter filter = filter();
        List<LibraryEntry> kept = library.get().reports().stream().filter(e -> filter.test(e.digest())).toList();
        SearchResult found = search.get().isBlank() ? null : result.get();
        if (found != null) {
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < found.keys().size(); i++) {
                rank.put(found.keys().get(i), i);
            }
            kept = kept.stream().filter(e -> rank.containsKey(e.found().key()))
                    .sorted(java.util.Comparator.comparingInt(e -> rank.get(e.found().key()))).toList();
        }
        // Unchanged rows are left alone, so a rescan that found nothing new does not disturb the table.
        if (!rows.equals(kept)) {
            rows.setAll(kept);
        }
        List<ActionRow> items = new ActionQuery(openOnly.get(), overdueOnly.get(), owner.get(), today.get()).rows(kept);
        if (!actions.equals(items)) {
            actions.setAll(items);
        }
    }

    public void clearFilters() {
        severities.clear();
        statuses.clear();
        from.set(null);
        to.set(null);
        tag.set("");
        service.set("");
        search.set("");
    }

    public boolean isFiltered() {
        return !filter().equals(LibraryFilter.NONE) || !search.get().isBlank();
    }

    public LocalDate today() {
        return today.get();
    }

    public Path folder() {
        return folder.folder();
    }

    public LibraryFolder.CacheState cacheState() {
        return folder.cacheState();
    }

    /** The scans' last outcome: when, how many files were read, or what failed. */
    public ScanState scans() {
        return scans;
    }

    public ReadOnlyObjectProperty<Library> library() {
        return library.getReadOnlyProperty();
    }

    public ObservableList<LibraryEntry> rows() {
        return rows;
    }

    public ObservableList<Refusal> refused() {
        return refused;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public ObservableSet<String> severities() {
        return severities;
    }

    public ObservableSet<String> statuses() {
        return statuses;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty tag() {
        return tag;
    }

    public StringProperty service() {
        return service;
    }

    public StringProperty search() {
        return search;
    }

    public BooleanProperty openOnly() {
        return openOnly;
    }

    public BooleanProperty overdueOnly() {
        return overdueOnly;
    }

    public StringProperty owner() {
        return owner;
    }

    public ReadOnlyObjectProperty<SearchResult> result() {
        return result.getReadOnlyProperty();
    }

    /** How far the running scan is, 0 to 1, or -1 when none runs. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<String> tagChoices() {
        return choices.tags();
    }

    public ObservableList<String> serviceChoices() {
        return choices.services();
    }

    public ObservableList<String> ownerChoices() {
        return choices.owners();
    }
}
