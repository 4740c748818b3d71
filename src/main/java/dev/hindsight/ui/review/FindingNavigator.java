package dev.hindsight.ui.review;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportSection;
import dev.hindsight.ui.support.RowReveal;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * Goes to the place of a finding in the window: shows its tab, focuses the control that edits its path
 * and selects the flagged words in it; for a timeline row or an action item, selects the row and, for
 * words, opens the cell's editor with the words selected. Controls are found by their ids, so the views
 * need not know about the review.
 */
final class FindingNavigator {
    private static final Logger LOG = Logger.getLogger(FindingNavigator.class.getName());
    /** The control of each field outside the tables, by path. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "summary-title"),
            Map.entry("severity", "summary-severity"),
            Map.entry("status", "summary-status"),
            Map.entry("timeZone", "summary-zone"),
            Map.entry("summary.startedAt", "summary-start-date"),
            Map.entry("summary.endedAt", "summary-end-date"),
            Map.entry("summary.impact", "summary-impact"),
            Map.entry("summary.usersAffectedPercent", "summary-users-affected"),
            Map.entry("summary.rootCause", "summary-rootcause"),
            Map.entry("rootCause", "root-cause"),
            Map.entry("resolution", "resolution"),
            Map.entry("measures.improvements", "measures-improvements"),
            Map.entry("closingRemarks", "closing-remarks"));
    private static final Pattern ROW = Pattern.compile("(timeline|measures\\.actionItems)\\[(\\d{1,9})](?:\\.(\\w+))?");
    /** The column header of each field of a row. */
    private static final Map<String, String> COLUMNS = Map.of("text", "Event", "at", "Time", "kind", "Kind",
            "title", "Title", "owner", "Owner", "due", "Due", "priority", "Priority", "status", "Status");

    private final Supplier<Parent> root;
    private final IntConsumer showTab;

    /** {@code root}: the window's content; {@code showTab}: shows the tab of that index, building it if needed. */
    FindingNavigator(Supplier<Parent> root, IntConsumer showTab) {
        this.root = root;
        this.showTab = showTab;
    }

    /** The tab index of a section (the classification has none of its own: the summary). */
    static int tabOf(ReportSection section) {
        return section == ReportSection.CLASSIFICATION ? 0 : section.ordinal();
    }

    void go(Finding finding) {
        showTab.accept(tabOf(FindingSections.of(finding.path())));
        // A tab shown for the first time has no skins yet, and controls inside split and scroll panes are found
        // only once their skins exist.
        Parent window = root.get();
        window.applyCss();
        window.layout();
        Matcher row = ROW.matcher(finding.path());
        if (row.matches()) {
            boolean timeline = row.group(1).equals("timeline");
            goToRow(finding, timeline ? "timeline" : "action-items", Integer.parseInt(row.group(2)), row.group(3));
            return;
        }
        String id = FIELDS.get(finding.path());
        Node node = id == null ? null : root.get().lookup("#" + id);
        if (node == null) {
            LOG.fine(() -> "no control shows " + finding.path());
            return;
        }
        select(node, finding);
    }

    private void goToRow(Finding finding, String tableId, int index, String field) {
        if ("details".equals(field)) {
            selectRow(tableId, index);
            Node details = root.get().lookup("#action-details");
            if (details != null) {
                Platform.runLater(() -> select(details, finding));
            }
            return;
        }
        TableView<?> table = selectRow(tableId, index);
        if (table == null || !finding.isAboutWords() || field == null) {
            return;
        }
        TableColumn<?, ?> column = column(table, COLUMNS.get(field));
        if (column == null) {
            return;
        }
        // The row was just scrolled to, and the tab may have been built in this pulse (the chart above the
        // table takes its height then): edit once the table has been laid out at its size.
        Platform.runLater(() -> {
            table.layout();
            RowReveal.show(table, index);
            table.layout();
            editAndSelect(table, index, column, finding);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void editAndSelect(TableView table, int index, TableColumn column, Finding finding) {
        table.edit(index, column);
        // The cell's editor takes the focus (and selects all) once it is in the scene: select the words after it.
        Platform.runLater(() -> Platform.runLater(() -> {
            Node editor = table.getScene() == null ? null : table.getScene().getFocusOwner();
            if (editor instanceof TextInputControl text && text.getText().length() >= finding.end()) {
                text.selectRange(finding.start(), finding.end());
            } else if (editor instanceof dev.hindsight.ui.writing.ProseArea prose && prose.getLength() >= finding.end()) {
                prose.selectRange(finding.start(), finding.end());
            }
        }));
    }

    private TableView<?> selectRow(String tableId, int index) {
        Node node = root.get().lookup("#" + tableId);
        if (!(node instanceof TableView<?> table) || index >= table.getItems().size()) {
            return null;
        }
        table.getSelectionModel().clearAndSelect(index);
        RowReveal.show(table, index);
        table.requestFocus();
        return table;
    }

    private static TableColumn<?, ?> column(TableView<?> table, String header) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getText().equals(header)) {
                return c;
            }
        }
        return null;
    }

    private static void select(Node node, Finding finding) {
        if (node instanceof dev.hindsight.ui.writing.ProseArea prose) {
            if (finding.isAboutWords() && prose.getLength() >= finding.end()) {
                prose.reveal(finding.start(), finding.end());
            } else {
                prose.requestFocus();
            }
            return;
        }
        node.requestFocus();
        if (node instanceof TextInputControl text && finding.isAboutWords() && text.getText() != null
                && text.getText().length() >= finding.end()) {
            text.selectRange(finding.start(), finding.end());
        }
    }
}
