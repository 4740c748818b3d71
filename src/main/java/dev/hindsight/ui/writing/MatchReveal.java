package dev.hindsight.ui.writing;

import dev.hindsight.find.FindMatch;
import dev.hindsight.model.ReportSection;
import dev.hindsight.ui.support.RowReveal;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;

/**
 * Shows a find match where it is, without taking the focus from the find bar: selects its tab,
 * then its row (timeline events, action items) and the matched text in its prose field.
 */
final class MatchReveal {
    private static final Pattern ROW = Pattern.compile("(timeline|measures\\.actionItems)\\[(\\d+)]\\.(\\w+)");

    /** How long a reveal waits, pulse by pulse, for a field of a tab being built. */
    private static final long WAIT_NANOS = 5_000_000_000L;

    private final Node anyNode;
    private final IntConsumer selectTab;
    private final ProseMarks marks;
    private ProseArea lastArea;

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
            Platform.runLater(() -> selectText(match));
        });
    }

    /**
     * Selects the match in its prose field. A tab shown for the first time builds its fields in
     * the next pulses' CSS and layout (more of them on a busy machine), and a field is known to the
     * marks only once it is in the scene: wait for it pulse by pulse (an animation timer runs once
     * a pulse; queued {@code runLater}s can all run before the next pulse), up to {@link #WAIT_NANOS}.
     */
    private void selectText(FindMatch match) {
        if (marks.area(match.path()).isPresent() || ROW.matcher(match.path()).matches()) {
            select(match);
            return;
        }
        new javafx.animation.AnimationTimer() {
            private long started = -1;

            @Override
            public void handle(long now) {
                started = started < 0 ? now : started;
                if (marks.area(match.path()).isPresent() || now - started > WAIT_NANOS) {
                    stop();
                    select(match);
                }
            }
        }.start();
    }

    private void select(FindMatch match) {
        var area = marks.area(match.path());
        if (lastArea != null) {
            lastArea.deselect();
        }
        lastArea = area.orElse(null);
        area.ifPresent(a -> {
            a.selectRange(Math.min(match.start(), a.getLength()), Math.min(match.end(), a.getLength()));
            a.requestFollowCaret();
            scrollIntoView(a);
        });
    }

    /** Scrolls the scroll pane around {@code node} (the Summary's) so that the node is in sight. */
    private static void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null) {
                Node content = pane.getContent();
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = pane.getViewportBounds().getHeight();
                double height = content.getBoundsInLocal().getHeight();
                double top = (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * (height - room);
                if (height > room && (at.getMinY() < top || at.getMaxY() > top + room)) {
                    double y = Math.max(0, Math.min(at.getMinY() - 24, height - room));
                    pane.setVvalue(pane.getVmin() + y / (height - room) * (pane.getVmax() - pane.getVmin()));
                }
                return;
            }
        }
    }

    private void selectRow(String id, int index) {
        if (anyNode.getScene() != null && anyNode.getScene().lookup(id) instanceof TableView<?> table
                && index < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(index);
            RowReveal.show(table, index);
        }
    }
}
