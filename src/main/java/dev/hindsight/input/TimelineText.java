package dev.hindsight.input;

import dev.hindsight.model.ClockText;
import dev.hindsight.model.TimelineEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Timeline rows as text: placing pasted rows in time (each row after the one above, rolling
 * past midnight), and copying rows as tab-separated text that pastes back into the table and
 * into a spreadsheet.
 */
public final class TimelineText {

    private TimelineText() {
    }

    /**
     * @param previous the time of the row the paste goes after, or the incident start, or null
     */
    public static List<ImportedRow> place(List<PastedRow> rows, ZoneId zone, Instant previous) {
        TimeResolver resolver = new TimeResolver(zone);
        List<ImportedRow> out = new ArrayList<>(rows.size());
        Instant last = previous;
        for (PastedRow row : rows) {
            if (row.timeError() != null) {
                out.add(new ImportedRow(new TimelineEntry(null, row.kind(), timeKept(row)), "time not read: "
                        + row.timeError() + " (kept in the text)", true));
                continue;
            }
            if (row.time() == null) {
                out.add(new ImportedRow(new TimelineEntry(null, row.kind(), row.text()),
                        "no time: fill it in later", true));
                continue;
            }
            ResolvedTime resolved = resolver.resolve(row.time(), last);
            last = resolved.instant();
            out.add(new ImportedRow(new TimelineEntry(resolved.instant(), row.kind(), row.text()), resolved.note(),
                    false));
        }
        return out;
    }

    private static String timeKept(PastedRow row) {
        return row.timeText().isEmpty() ? row.text() : row.timeText() + " " + row.text();
    }

    /** Rows as tab-separated lines: date and time in the report's zone, kind, text. */
    public static String copy(List<TimelineEntry> entries, ZoneId zone) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator("\n").get())) {
            for (TimelineEntry e : entries) {
                printer.printRecord(format(e.at(), zone), e.kind().code(), e.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** An instant as a person reads and types it in the zone: {@code 2024-06-10 11:05}. */
    public static String format(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return ClockText.dateTime(at.atZone(zone));
    }
}
