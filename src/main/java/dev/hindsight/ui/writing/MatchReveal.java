package dev.hindsight.ui.writing;

import dev.hindsight.find.FindMatch;
import dev.hindsight.model.ReportSection;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * Shows a find match where it is, without taking the focus from the find bar: selects its tab,
 * then its row (timeline events, action items) and the matched text in its prose field.
 */
final class MatchReveal {
    private static final Pattern ROW = Pattern.compile("(timeline|measures\\.actionItems)\\[(\\d+)]\\.(\\w+)");

    private final Node anyNode;
    private final IntConsumer selectTab;
    private final ProseMarks marks;

    /** @param anyNode a node of the window, to find its tables */
    MatchReveal(Node anyNode, IntConsumer selectTab, ProseMarks marks) {
        this.anyNode = anyNode;
        this.selectTab = selectTab;
        this.marks = marks;
    }

    void reveal(FindMatch match) {
        if (match.section() == ReportSection.CLASSIFICATION) {
            return; // no tab shows contributing factors yet; the list names the match
        }
        selectTab.accept(match.section().ordinal());
        // the tab's content is built on first showing: reveal once it is in the scene
        Platform.runLater(() -> {
            Matcher row = ROW.matcher(match.path());
            if (row.matches()) {
                selectRow(row.group(1).equals("timeline") ? "#timeline" : "#action-items",
                        Integer.parseInt(row.group(2)));
            }
            Platform.runLater(() -> marks.area(match.path()).ifPresent(a -> {
                a.selectRange(Math.min(match.start(), a.getLength()), Math.min(match.end(), a.getLength()));
                a.requestFollowCaret();
            }));
        });
    }

    private void selectRow(String id, int index) {
        if (anyNode.getScene() != null && anyNode.getScene().lookup(id) instanceof TableView<?> table
                && index < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }
}
