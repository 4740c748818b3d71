package dev.hindsight.input;

import dev.hindsight.model.TimelineEntry;

/** A pasted or imported row placed in time, with what the user should check in the preview. */
public record ImportedRow(TimelineEntry entry, String note, boolean problem) {
    public ImportedRow withEntry(TimelineEntry changed) {
        return new ImportedRow(changed, note, problem);
    }
}
