package dev.hindsight.input.importing;

import dev.hindsight.model.Report;
import java.util.List;

/**
 * What an import made: the report, where each part of the document went, what the user should
 * check (a value that could not be read, a heading Hindsight does not know, a guessed date), and
 * the images the document referred to.
 */
public record ImportResult(Report report, List<Placement> placements, List<String> notes,
                           List<ImageReference> images) {
    public ImportResult {
        placements = List.copyOf(placements);
        notes = List.copyOf(notes);
        images = List.copyOf(images);
    }

    public ImportResult withReport(Report changed, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(moreNotes);
        return new ImportResult(changed, placements, all, images);
    }
}
