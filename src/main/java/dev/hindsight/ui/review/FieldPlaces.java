package dev.hindsight.ui.review;

import dev.hindsight.compare.Paths;
import java.util.Map;
import java.util.Optional;

/**
 * Which place of the report a control of the window edits, by the control's id, and which section
 * tab shows a place: what Add Comment and a click on a comment or a conflict need.
 */
public final class FieldPlaces {
    /** Control id → path of the text it edits. */
    private static final Map<String, String> FIELDS = Map.of(
            "summary-title", "title",
            "summary-incident-id", "incidentId",
            "summary-confidentiality", "confidentiality",
            "summary-impact", "summary.impact",
            "summary-rootcause", "summary.rootCause",
            "root-cause", "rootCause",
            "resolution", "resolution",
            "measures-improvements", "measures.improvements",
            "closing-remarks", "closingRemarks");
    /** Table id → path of the list whose rows it shows. */
    private static final Map<String, String> TABLES = Map.of("timeline", "timeline",
            "action-items", "measures.actionItems");

    private FieldPlaces() {
    }

    /** The path of the text a control edits, from its id. */
    public static Optional<String> fieldOf(String controlId) {
        return Optional.ofNullable(controlId == null ? null : FIELDS.get(controlId));
    }

    /** The path of the list a table shows, from its id. */
    public static Optional<String> listOf(String tableId) {
        return Optional.ofNullable(tableId == null ? null : TABLES.get(tableId));
    }

    /** The id of the control that edits the text at {@code path}, if the window has one. */
    public static Optional<String> controlOf(String path) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey).findFirst();
    }

    /** The id of the table showing the row a path is in ({@code timeline[3].text} → {@code timeline}), and its index. */
    public static Optional<Map.Entry<String, Integer>> rowOf(String path) {
        return Paths.row(path).flatMap(r -> TABLES.entrySet().stream().filter(e -> e.getValue().equals(r.list()))
                .findFirst().map(e -> Map.entry(e.getKey(), r.index())));
    }

    /** The section tab (0 Summary … 4 Measures) that shows {@code path}. */
    public static int tabOf(String path) {
        String top = path.split("[.\\[]", 2)[0];
        return switch (top) {
            case "timeline" -> 1;
            case "rootCause", "contributingFactors" -> 2;
            case "resolution" -> 3;
            case "measures", "closingRemarks" -> 4;
            default -> 0;
        };
    }
}
