package dev.hindsight.ui.writing;

import dev.hindsight.check.Finding;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlace;
import dev.hindsight.model.TextPlaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;

/**
 * The marks of one window's prose fields, by the field's path: the findings of the last check and
 * highlights supplied from outside, and the {@link ProseArea}s showing them (an area joins when it
 * enters the window's scene). Used on the JavaFX thread only.
 *
 * <p>The highlight API: {@link #showHighlights(String, Map)} shows, for one source (such as
 * "find" or "comments"), a list of {@link Highlight}s per field path, replacing what that source
 * showed before; {@link #clearHighlights(String)} removes them. Offsets count in the field's
 * current text; marks past its end are cut. Sources are independent: each keeps its own.
 */
public final class ProseMarks {
    private static final String KEY = ProseMarks.class.getName();
    /** How long typing in a draft pauses before it is checked: a short line, checked on its own. */
    private static final Duration DRAFT_QUIET = Duration.millis(120);

    private final List<ProseArea> areas = new ArrayList<>();
    private final Map<String, Map<String, List<Highlight>>> highlights = new LinkedHashMap<>();
    private Map<String, List<Finding>> findings = Map.of();
    private Report checked;
    private BiFunction<ProseArea, Integer, List<MenuItem>> menu = (area, index) -> List.of();
    private DraftChecker drafts = (path, text, done) -> { };
    private final PauseTransition draftQuiet = new PauseTransition(DRAFT_QUIET);
    private ProseArea draftWaiting;
    /** The formatted cells in the window now (recycled by their tables: only the visible rows' cells). */
    private final Set<ShownCell> cells = java.util.Collections.newSetFromMap(new WeakHashMap<>());

    /** Checks the text of a field that is not in the report yet (a cell being edited), off the JavaFX thread. */
    interface DraftChecker {
        void check(String path, String text, Consumer<List<Finding>> done);
    }

    /** A table cell showing a field formatted, with its findings underlined and its highlights behind. */
    public interface ShownCell {
        /** Shows its field's marks again (the findings or the highlights changed). */
        void refreshMarks();
    }

    public ProseMarks() {
        draftQuiet.setOnFinished(e -> checkDraft());
    }

    /** Makes these marks the ones of the prose fields in the scene whose root is {@code root}. */
    public void install(Parent root) {
        root.getProperties().put(KEY, this);
    }

    /** The marks of the window whose scene this is, if it has them. */
    public static Optional<ProseMarks> in(Scene scene) {
        return Optional.ofNullable(scene == null ? null : of(scene));
    }

    static ProseMarks of(Scene scene) {
        Object marks = scene.getRoot() == null ? null : scene.getRoot().getProperties().get(KEY);
        return marks instanceof ProseMarks m ? m : null;
    }

    /** Shows the findings of a check of {@code report}: a field's findings show while it still holds that text. */
    public void showFindings(Report report, List<Finding> all) {
        Map<String, List<Finding>> byPath = new HashMap<>();
        for (Finding f : all) {
            if (f.isAboutWords()) {
                byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
            }
        }
        checked = report;
        findings = byPath;
        areas.forEach(this::refresh);
        List.copyOf(cells).forEach(ShownCell::refreshMarks);
    }

    /** A formatted cell joins (when it enters the window) or leaves; it is told when findings change. */
    public void watch(ShownCell cell, boolean shown) {
        if (shown) {
            cells.add(cell);
        } else {
            cells.remove(cell);
        }
    }

    /** Checks drafts (text typed but not yet in the report) with {@code checker}. */
    void drafts(DraftChecker checker) {
        this.drafts = checker;
    }

    /** A draft's text changed: check it once typing pauses. */
    void draftChanged(ProseArea area) {
        draftWaiting = area;
        draftQuiet.playFromStart();
    }

    private void checkDraft() {
        ProseArea area = draftWaiting;
        draftWaiting = null;
        if (area == null || !areas.contains(area) || area.place().get().isEmpty()) {
            return;
        }
        String path = area.place().get();
        String text = area.getText();
        drafts.check(path, text, found -> {
            if (areas.contains(area) && path.equals(area.place().get()) && text.equals(area.getText())) {
                area.draftChecked(text, found);
                refresh(area);
            }
        });
    }

    /** Shows {@code byPath} as the highlights of {@code source}, replacing that source's earlier ones. */
    public void showHighlights(String source, Map<String, List<Highlight>> byPath) {
        highlights.put(source, Map.copyOf(byPath));
        areas.forEach(this::refresh);
        List.copyOf(cells).forEach(ShownCell::refreshMarks);
    }

    /** Removes the highlights of {@code source}. */
    public void clearHighlights(String source) {
        if (highlights.remove(source) != null) {
            areas.forEach(this::refresh);
            List.copyOf(cells).forEach(ShownCell::refreshMarks);
        }
    }

    /** The highlights of every source in the field at {@code path}. */
    public List<Highlight> highlights(String path) {
        List<Highlight> shown = new ArrayList<>();
        for (Map<String, List<Highlight>> source : highlights.values()) {
            shown.addAll(source.getOrDefault(path, List.of()));
        }
        return shown;
    }

    /** The findings of the last check in the field at {@code path}, if it still holds {@code text}. */
    public List<Finding> findings(String path, String text) {
        List<Finding> found = findings.getOrDefault(path, List.of());
        if (found.isEmpty() || checked == null) {
            return List.of();
        }
        Optional<TextPlace> place = TextPlaces.at(checked, path);
        return place.isPresent() && place.get().text().equals(text) ? found : List.of();
    }

    /** The area showing the field at {@code path}, if one is in the window now. */
    public Optional<ProseArea> area(String path) {
        return areas.stream().filter(a -> a.place().get().equals(path)).findFirst();
    }

    /** What a right-click on a field offers before Cut, Copy and Paste. */
    void menu(BiFunction<ProseArea, Integer, List<MenuItem>> items) {
        this.menu = items;
    }

    List<MenuItem> menuItems(ProseArea area, int index) {
        return menu.apply(area, index);
    }

    void register(ProseArea area) {
        areas.add(area);
        refresh(area);
    }

    void unregister(ProseArea area) {
        areas.remove(area);
    }

    void refresh(ProseArea area) {
        String path = area.place().get();
        if (path.isEmpty()) {
            area.showMarks(List.of(), List.of());
            return;
        }
        area.showMarks(areaFindings(area, path), highlights(path));
    }

    private List<Finding> areaFindings(ProseArea area, String path) {
        String text = area.getText();
        if (!area.isDraft() || holds(path, text)) {
            return findings(path, text);
        }
        Optional<List<Finding>> draft = area.draftFindings(text);
        if (draft.isEmpty()) {
            draftChanged(area);
        }
        return draft.orElse(List.of());
    }

    /** Whether the field at {@code path} held {@code text} in the report last checked. */
    private boolean holds(String path, String text) {
        return checked != null && TextPlaces.at(checked, path).map(p -> p.text().equals(text)).orElse(false);
    }
}
