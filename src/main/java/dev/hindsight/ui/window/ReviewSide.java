package dev.hindsight.ui.window;

import dev.hindsight.check.Finding;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.review.ReviewPanel;
import dev.hindsight.ui.review.ReviewViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * The review's place in one window: the Review panel beside the tabs while it is shown (F7),
 * built when first shown, and the question asked before a report the review still finds things
 * in is set to Final.
 */
final class ReviewSide {
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ReviewViewModel review;
    private final DocumentViewModel doc;
    private final DialogService dialogs;

    ReviewSide(ReviewViewModel review, DocumentViewModel doc, DialogService dialogs) {
        this.review = review;
        this.doc = doc;
        this.dialogs = dialogs;
    }

    /** Whether the Review panel is shown (View > Review Panel, F7). */
    BooleanProperty shown() {
        return shown;
    }

    /** {@code tabs}, and the Review panel beside them while it is shown. */
    Node beside(Node tabs, Supplier<Parent> root, IntConsumer showTab) {
        SplitPane split = new SplitPane(tabs);
        split.setId("main-split");
        // Built when first shown (F7): the first frame does not need it.
        Node[] panel = new Node[1];
        shown.addListener((o, was, now) -> {
            if (now && panel[0] == null) {
                panel[0] = new ReviewPanel(review, root, showTab).build();
                SplitPane.setResizableWithParent(panel[0], false);
            }
            if (now) {
                split.getItems().add(panel[0]);
                split.setDividerPositions(0.7);
            } else {
                split.getItems().remove(panel[0]);
            }
        });
        return split;
    }

    /** Setting the status to Final while the review still finds things asks first. */
    boolean mayBecome(ReportStatus status) {
        if (!ReportStatus.FINAL.equals(status) || ReportStatus.FINAL.equals(doc.current().status())) {
            return true;
        }
        List<Finding> left = review.findingsNow();
        if (left.isEmpty()) {
            return true;
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        left.forEach(f -> byRule.merge(f.rule(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> parts.add(rule + ": " + n));
        return dialogs.confirmFinal(left.size(), String.join(", ", parts));
    }
}
