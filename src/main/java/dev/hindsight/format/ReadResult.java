package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.util.List;

/** A report as read from a file, with what the reader warned about. */
public record ReadResult(Report report, List<FormatWarning> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
