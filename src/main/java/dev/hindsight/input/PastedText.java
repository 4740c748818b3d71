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
 * {@code 11:05 AM: On-call engineer receives pager alert}, {@code 2024-06-10 11:05 - text},
 * {@code [11:05] text} and chat lines such as {@code [2:40 PM] kim: that was a misleading path}
 * become rows; a line without a time continues the row above.
 *
 * <p>The words after the time are kept exactly as written (a speaker such as {@code kim:}
 * included); a kind found in them only sets the kind. The one exception is a kind written as
 * a label right after the time: {@code Misleading path:} (a kind and a colon), or a kind in
 * its own column of tab-separated values or of comma-separated values as a program writes
 * them ({@code 11:05,mitigation,text}). Such a label is a column, not words: it sets the
 * kind and is not part of the text. Columns count only when their first field is a time (or
 * empty), or when a header row names them. See docs/decisions/0009.
 */
public final class PastedText {
    /** A time as people write it; {@code \\h} also takes the no-break spaces chat programs put before "PM". */
    private static final String TIME = "(?:\\d{4}-\\d{1,2}-\\d{1,2}[Tt\\h]\\h*)?\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
            + "(?:\\h*[aApP]\\.?\\h*[mM]\\.?)?(?:[zZ]|[+-]\\d{2}:?\\d{2})?";
    private static final String SEPARATOR = "\\h*[-\u2013\u2014:|>,;]+\\h*";
    /** A time in brackets (then anything may follow) or a bare time followed by a separator or a space. */
    private static final Pattern TIMED_LINE = Pattern.compile("^\\h*(?:[\\[(]\\h*(" + TIME + ")\\h*[\\])](?:" + SEPARATOR
            + "|\\h*)|(" + TIME + ")(?:" + SEPARATOR + "|\\h+|$))(.*)$");
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(misleading path|red herring|detection|response|investigation|misleading|escalation|mitigation"
                    + "|resolution|note)\\h*:\\h*(.*)$", Pattern.CASE_INSENSITIVE);
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

    /**
     * A line of columns whose second field is a kind: time, kind, text (the text may hold the
     * separator). Tab-separated, or comma-separated as a program writes it (no space after the
     * commas: {@code 11:05, misleading, disk is fine} is words). The first field must be a time or
     * empty, or the line is words ({@code [2:40 PM] kim: well, misleading, ...}).
     */
    private static PastedRow separated(String line) {
        for (char delimiter : new char[] {'\t', ','}) {
            if (line.indexOf(delimiter) < 0 || (delimiter == ',' && !bareCommas(line))) {
                continue;
            }
            List<String> f = fields(line, delimiter);
            if (f.size() >= 2 && isTimeOrEmpty(f.get(0))) {
                Optional<EntryKind> kind = KindGuesser.named(f.get(1));
                if (kind.isPresent()) {
                    return row(f.get(0).strip(), kind.get(), true, textColumn(line, delimiter));
                }
            }
        }
        return null;
    }

    /**
     * The text after the time and kind columns: one field, unquoted; or, when it holds the
     * separator unquoted, the rest of the line exactly as written.
     */
    private static String textColumn(String line, char delimiter) {
        int seen = 0;
        boolean quoted = false;
        int at = 0;
        while (at < line.length() && seen < 2) {
            char c = line.charAt(at++);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                seen++;
            }
        }
        String rest = line.substring(at);
        List<String> f = fields(rest, delimiter);
        return f.size() == 1 ? f.get(0).strip() : rest.strip();
    }

    /** Whether the first two commas are not followed by a space, as in a file a program wrote. */
    private static boolean bareCommas(String line) {
        int first = line.indexOf(',');
        int second = line.indexOf(',', first + 1);
        return second > 0 && second + 1 < line.length() && !isSpace(line.charAt(first + 1))
                && !isSpace(line.charAt(second + 1));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isTimeOrEmpty(String field) {
        return TimeParser.parse(field).isOk();
    }

    private static PastedRow plain(String line) {
        Matcher m = TIMED_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String time = m.group(1) != null ? m.group(1) : m.group(2);
        return describe(time.strip(), m.group(3).strip());
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
