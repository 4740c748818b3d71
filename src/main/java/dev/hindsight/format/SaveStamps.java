package dev.hindsight.format;

import dev.hindsight.model.Report;
import java.time.Instant;

/**
 * The format's rules for {@code createdAt} and {@code updatedAt}: a save that changes nothing
 * changes neither; a save that writes changed content sets {@code updatedAt}, and
 * {@code createdAt} when the report has none yet.
 */
public final class SaveStamps {
    private SaveStamps() {
    }

    /**
     * The report as it must be written.
     *
     * @param baseline the report as last read from or written to its file, or null for a new report
     */
    public static Report stamp(Report report, Report baseline, Instant now) {
        if (report.equals(baseline)) {
            return report;
        }
        Report stamped = report.withUpdatedAt(now);
        return stamped.createdAt() == null ? stamped.withCreatedAt(now) : stamped;
    }
}
