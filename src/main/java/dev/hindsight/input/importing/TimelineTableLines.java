package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A timeline written as a table, as lines for the paste's reader ({@link TimelineReader}): the
 * date, time, kind and event columns found by their names, the other columns' words kept in the
 * event. The reader's running date and notes are passed in: a date column or a heading such as
 * "Time (UTC)" sets them.
 */
final class TimelineTableLines {
    private static final Pattern DASH = Pattern.compile("^[-\u2013\u2014]?$");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\h*/?>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    private TimelineTableLines() {
    }

    /**
     * A table as lines for the paste's reader: with a header, as tab-separated "date, time, kind,
     * event" (columns found by their names, whatever the document called them; other columns'
     * words added to the event so nothing is dropped); without one, each row's cells as one line.
     */
    static List<String> of(Block.Table table, UnaryOperator<String> withDate, Consumer<String> note) {
        List<List<String>> rows = table.rows();
        boolean header = table.headed() && !TimelineReader.isTimed(String.join(" ", rows.get(0)));
        List<String> out = new ArrayList<>();
        int[] roles = header ? roles(rows.get(0), note) : null;
        if (header) {
            out.add("date\ttime\tkind\tevent");
        }
        for (List<String> row : header ? rows.subList(1, rows.size()) : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                String c = BREAK.matcher(cell).replaceAll(" ").strip();
                cells.add(DASH.matcher(c).matches() ? "" : c);
            }
            if (String.join("", cells).isBlank()) {
                continue;
            }
            if (!header) {
                out.add(withDate.apply(String.join(" ", cells).strip()));
                continue;
            }
            String[] fields = {"", "", "", ""};
            for (int i = 0; i < cells.size(); i++) {
                int role = i < roles.length ? roles[i] : EVENT;
                // "2024-06-10 **11:00**": a time cell's emphasis is not part of the time.
                String c = role == KIND ? kindCell(cells.get(i))
                        : role == EVENT ? cells.get(i) : EMPHASIS.matcher(cells.get(i)).replaceAll("").strip();
                if (c.isEmpty()) {
                    continue;
                }
                fields[role] = fields[role].isEmpty() ? c : fields[role] + (role == EVENT ? " \u2014 " : " ") + c;
            }
            String time = fields[DATE].isEmpty() ? withDate.apply(fields[TIME]) : (fields[DATE] + " " + fields[TIME]).strip();
            if (!fields[DATE].isEmpty()) {
                withDate.apply(fields[DATE]);
            }
            String kind = fields[KIND];
            String event = fields[EVENT];
            if (!kind.isEmpty() && dev.hindsight.input.KindGuesser.named(kind).isEmpty()) {
                event = "[" + kind + "] " + event;
                kind = "";
            }
            out.add(String.join("\t", "", time, kind, quoted(event)));
        }
        return out;
    }

    private static final int DATE = 0;
    private static final int TIME = 1;
    private static final int KIND = 2;
    private static final int EVENT = 3;

    /** Each header cell's role: the date, the time, the kind, or words of the event. */
    private static int[] roles(List<String> header, Consumer<String> note) {
        int[] roles = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.contains("(")) {
                note.accept(cell);
            }
            String name = TextLines.plain(cell).toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*?\\)", "").strip();
            if (name.matches("date|day") || name.contains("date") && !name.contains("time")) {
                roles[i] = DATE;
            } else if (name.matches(".*\\b(time|when|timestamp|clock|at)\\b.*")) {
                roles[i] = TIME;
            } else if (name.matches("kind|type|category|phase|stage")) {
                roles[i] = KIND;
            } else {
                roles[i] = EVENT;
            }
        }
        return roles;
    }

    /** A field quoted for the paste's tab-separated reader when it holds a quote or a tab. */
    private static String quoted(String field) {
        return field.contains("\"") || field.contains("\t") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** A kind written with a marker or in bold ("**🟨 Misleading**") as its word, other cells as they are. */
    private static String kindCell(String cell) {
        String plain = TextLines.plain(cell).replaceAll("^[^\\p{L}\\p{N}]+", "");
        return dev.hindsight.input.KindGuesser.named(plain).isPresent() ? plain : cell;
    }
}
