package dev.hindsight.ui.writing;

import dev.hindsight.check.Finding;
import dev.hindsight.model.Report;
import dev.hindsight.model.TextPlaces;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Checks text typed into a table cell before it is committed: the report as it is, with the cell's
 * field holding the typed text, is checked at that one field ({@code CheckSession.checkPlace}) on the
 * checks' thread, so a typed word is underlined while the cell is still being edited.
 */
final class DraftChecks implements ProseMarks.DraftChecker {
    private static final Logger LOG = Logger.getLogger(DraftChecks.class.getName());

    private final WritingChecks checks;
    private final DocumentViewModel doc;

    DraftChecks(WritingChecks checks, DocumentViewModel doc) {
        this.checks = checks;
        this.doc = doc;
    }

    @Override
    public void check(String path, String text, Consumer<List<Finding>> done) {
        Report report = doc.current();
        checks.offThread(() -> {
            List<Finding> found;
            try {
                found = checks.session().map(s -> s.checkPlace(TextPlaces.withTexts(report, Map.of(path, text)), path))
                        .orElse(List.of());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "checking a cell being edited failed", e);
                found = List.of();
            }
            List<Finding> result = found;
            Platform.runLater(() -> done.accept(result));
        });
    }
}
