package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readings of one line of Markdown: a {@code Label: value}, a list marker, a line that stands as a heading. */
final class TextLines {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\h*(?:[-*+]|\\d{1,3}[.)])\\h+");
    private static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)([^*_]{1,80}?)\\h*:\\h*(?:\\*\\*|__)\\h*(.*)$"
            + "|^(?:\\*\\*|__)([^*_]{1,80}?)(?:\\*\\*|__)\\h*:\\h*(.*)$");
    private static final Pattern PLAIN_LABEL = Pattern.compile("^([\\p{L}%#][^:]{0,79}?)\\h*:(?!//)(?:\\h+(.*))?$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\h*(?:\\*\\*|__)([^*_].*?)(?:\\*\\*|__)\\h*:?\\h*$");

    /** A label and what follows it on the line (empty when the value starts on the next line). */
    record Label(String label, String value) {
    }

    private TextLines() {
    }

    /** The {@code Label: value} of a line, the label possibly bold, after a list marker when {@code inList}. */
    static Label label(String line, boolean inList) {
        String s = line.strip();
        if (inList) {
            s = LIST_MARKER.matcher(s).replaceFirst("");
        } else if (LIST_MARKER.matcher(line).find()) {
            return null;
        }
        Matcher bold = BOLD_LABEL.matcher(s);
        if (bold.matches()) {
            return bold.group(1) != null ? new Label(bold.group(1).strip(), bold.group(2).strip())
                    : new Label(bold.group(3).strip(), bold.group(4).strip());
        }
        Matcher plain = PLAIN_LABEL.matcher(s);
        if (plain.matches() && plain.group(1).split("\\h+").length <= 6) {
            return new Label(plain.group(1).strip(), plain.group(2) == null ? "" : plain.group(2).strip());
        }
        return null;
    }

    /** The text of a line that could stand as a heading: a bold line alone, or a short plain line. */
    static String headingText(String line) {
        Matcher bold = BOLD_LINE.matcher(line);
        if (bold.matches()) {
            return bold.group(1).strip();
        }
        String s = line.strip();
        if (s.isEmpty() || LIST_MARKER.matcher(line).find() || s.length() > 70 || s.endsWith(".")
                || s.split("\\h+").length > 8) {
            return null;
        }
        return s;
    }

    static boolean isListItem(String line) {
        return LIST_MARKER.matcher(line).find();
    }

    static String withoutListMarker(String line) {
        return LIST_MARKER.matcher(line).replaceFirst("");
    }

    /** Lines without the indentation they all share, and without blank lines at either end. */
    static List<String> dedent(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        int common = Integer.MAX_VALUE;
        for (String l : lines.subList(from, to)) {
            if (!l.isBlank()) {
                common = Math.min(common, l.length() - l.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(from, to)) {
            out.add(l.isBlank() ? "" : l.substring(Math.min(common, l.length() - l.stripLeading().length())).stripTrailing());
        }
        return out;
    }

    /** Lines joined as one Markdown text, blank lines at the ends dropped and the shared indentation removed. */
    static String text(List<String> lines) {
        return String.join("\n", dedent(lines)).replaceAll("\n{3,}", "\n\n");
    }

    /** A cell or label without Markdown emphasis around it: {@code **🟨 Misleading**} is {@code 🟨 Misleading}. */
    static String plain(String text) {
        String s = text.strip();
        while (s.length() > 2 && (s.startsWith("**") && s.endsWith("**") || s.startsWith("__") && s.endsWith("__"))) {
            s = s.substring(2, s.length() - 2).strip();
        }
        while (s.length() > 1 && (s.startsWith("_") && s.endsWith("_") || s.startsWith("*") && s.endsWith("*"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
