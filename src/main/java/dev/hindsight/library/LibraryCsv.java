package dev.hindsight.library;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The library view as CSV for a spreadsheet: one row per report with the table's columns, times
 * in minutes, lists joined with "; ". RFC 4180, a header row, a record separator of CRLF as the
 * standard says (spreadsheets on every platform read it). Text that a spreadsheet would take for
 * a formula is written after a {@code '} (a report is someone else's file: never run its words).
 */
public final class LibraryCsv {
    static final List<String> HEADER = List.of("file", "title", "incidentId", "date", "severity", "status",
            "durationMinutes", "timeToDetectMinutes", "timeToResolveMinutes", "openActionItems", "tags",
            "affectedServices", "contributingFactors", "nearMiss");

    private LibraryCsv() {
    }

    public static void write(List<LibraryEntry> rows, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get())) {
            for (LibraryEntry e : rows) {
                if (!e.isReport()) {
                    continue;
                }
                ReportDigest d = e.digest();
                csv.printRecord(text(e.found().key()), text(d.title()), text(d.incidentId()),
                        d.date() == null ? "" : d.date(),
                        d.severity() == null ? "" : d.severity().code(), d.status().code(), minutes(d.durationSeconds()),
                        minutes(d.detectSeconds()), minutes(d.resolveSeconds()), d.openActions(),
                        text(String.join("; ", d.tags())), text(String.join("; ", d.services())),
                        text(String.join("; ", d.factors().stream().map(f -> f.category()).toList())), d.nearMiss());
            }
        }
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @, a tab or carriage return first) is shown as text. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String minutes(Long seconds) {
        return seconds == null ? "" : Minutes.text(seconds);
    }
}
