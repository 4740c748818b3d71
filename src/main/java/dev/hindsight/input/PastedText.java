package dev.hindsight.input;

import dev.hindsight.model.EntryKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads timeline rows from pasted text or a CSV file. Lines such as
 * {@code 11:05 AM: On-call engineer receives pager alert}, {@code 2024-06-10 11:05 - text} and
 * {@code [11:05] text} become rows; tab- or comma-separated lines count as columns (time,
 * kind, text) only when a header row names the columns or the second field is a kind.
 * A leading {@code Misleading path:} (or a kind and a colon) sets the kind; otherwise the kind
 * is guessed from the words. A line without a time continues the row above.
 */
public final class PastedText {
    private static final String TIME = "(?:\\d{4}-\\d{1,2}-\\d{1,2}[Tt ]\\s*)?\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*[aApP]\\.?\\s*[mM]\\.?)?(?:[zZ]|[+-]\\d{2}:?\\d{2})?";
    private static final Pattern TIMED_LINE = Pattern.compile(
            "^\\s*[\\[(]?\\s*(" + TIME + ")\\s*[\\])]?(?:\\s*[-\u2013\u2014:|>,;]+\\s*|\\s+|$)(.*)$");
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(misleading path|red herring|detection|response|investigation|misleading|escalation|mitigation"
                    + "|resolution|note)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ROWS = 100_000;

    private PastedText() {
    }

    public static List<PastedRow> parse(String text) {
        String clean = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        String firstLine = clean.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        Optional<Header> header = Header.of(fields(firstLine, delimiter));
        if (header.isPresent()) {
            return columns(clean, delimiter, header.get());
        }
        List<PastedRow> rows = new ArrayList<>();
        for (String line : clean.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                break;
            }
            PastedRow separated = separated(line);
            PastedRow row = separated != null ? separated : plain(line);
            if (row == null) {
                if (rows.isEmpty()) {
                    rows.add(describe(null, line.strip()));
                } else {
                    PastedRow last = rows.remove(rows.size() - 1);
                    rows.add(last.withText(last.text().isEmpty() ? line.strip() : last.text() + " " + line.strip()));
                }
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A line whose second field is a kind: time, kind, text (the text may hold the separator). */
    private static PastedRow separated(String line) {
        for (char delimiter : new char[] {'\t', ','}) {
            if (line.indexOf(delimiter) < 0) {
                continue;
            }
            List<String> f = fields(line, delimiter);
            if (f.size() >= 2) {
                Optional<EntryKind> kind = KindGuesser.named(f.get(1));
                if (kind.isPresent()) {
                    String text = String.join(String.valueOf(delimiter), f.subList(2, f.size())).strip();
                    return row(f.get(0).strip(), kind.get(), true, text);
                }
            }
        }
        return null;
    }

    private static PastedRow plain(String line) {
        Matcher m = TIMED_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return describe(m.group(1).strip(), m.group(2).strip());
    }

    /** A row from a time and free text: a written-out kind prefix, or a kind guessed from the words. */
    private static PastedRow describe(String time, String rest) {
        Matcher prefix = KIND_PREFIX.matcher(rest);
        if (prefix.matches()) {
            EntryKind kind = KindGuesser.named(prefix.group(1)).orElse(EntryKind.NOTE);
            return row(time, kind, true, prefix.group(2).strip());
        }
        return row(time, KindGuesser.guess(rest), false, rest);
    }

    private static PastedRow row(String timeText, EntryKind kind, boolean kindGiven, String text) {
        if (timeText == null || timeText.isEmpty()) {
            return new PastedRow("", null, null, kind, kindGiven, text);
        }
        ParseResult<TypedTime> time = TimeParser.parse(timeText);
        return new PastedRow(timeText, time.isOk() ? time.value() : null, time.error().orElse(null), kind, kindGiven,
                text);
    }

    private static List<PastedRow> columns(String text, char delimiter, Header header) {
        List<PastedRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    first = false;
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    break;
                }
                List<String> f = record.toList();
                if (f.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String time = header.time(f);
                String body = header.text(f);
                Optional<EntryKind> kind = header.kind(f).flatMap(KindGuesser::named);
                rows.add(kind.map(k -> row(time, k, true, body)).orElseGet(() -> describe(time, body)));
            }
        } catch (IOException | RuntimeException e) {
            rows.add(new PastedRow("", null, "the CSV could not be read: " + e.getMessage(), EntryKind.NOTE, false, ""));
        }
        return rows;
    }

    static List<String> fields(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format(delimiter))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(line.split(delimiter == '\t' ? "\t" : ",", -1));
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
    }
}
