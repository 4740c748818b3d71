package dev.hindsight.edit;

import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The commands that change a report's pictures: adding pictures, and dropping those nothing refers to. */
public final class PictureEdits {
    private PictureEdits() {
    }

    /** Pictures stored in a report and the names to refer to them by, in order. */
    public record Added(Report report, List<String> names) {
    }

    /**
     * Stores {@code pictures} in {@code report}, each once ({@link Pictures#store}); refused as a
     * whole when one would pass the report's budget, so a refusal changes nothing.
     */
    public static Added store(Report report, List<Picture> pictures) throws PictureRefusal {
        Report current = report;
        List<String> names = new ArrayList<>();
        for (Picture p : pictures) {
            Pictures.Stored stored = Pictures.store(current, p);
            current = stored.report();
            names.add(stored.name());
        }
        return new Added(current, names);
    }

    /**
     * The command that adds {@code pictures} (already checked against the report with
     * {@link #store}), named for the Edit menu; to be one undo step with the text that refers
     * to them (see {@code TextFieldViewModel.changeWithTyping}).
     */
    public static Command add(List<Picture> pictures) {
        String what = pictures.size() == 1 ? "Insert Picture" : "Insert " + pictures.size() + " Pictures";
        return ReportEdit.of(what, r -> {
            try {
                return store(r, pictures).report();
            } catch (PictureRefusal refusal) {
                // store() accepted them against this very report a moment ago.
                throw new IllegalStateException("the pictures no longer fit: " + refusal.getMessage(), refusal);
            }
        });
    }

    /**
     * The command that drops the pictures no Markdown of {@code report} refers to any more
     * ("Remove 2 Unused Pictures"), run by a save so that the file holds only what is shown and
     * an undo brings them back; empty when every picture is referred to.
     */
    public static Optional<Command> dropUnreferenced(Report report) {
        int unused = Pictures.unreferenced(report).size();
        if (unused == 0) {
            return Optional.empty();
        }
        String what = unused == 1 ? "Remove Unused Picture" : "Remove " + unused + " Unused Pictures";
        return Optional.of(ReportEdit.of(what, Pictures::withoutUnreferenced));
    }
}
