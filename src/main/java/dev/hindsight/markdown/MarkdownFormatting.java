package dev.hindsight.markdown;

/**
 * The editor's format bar as text operations: given the text and the selection, what to
 * replace and what to select afterwards. Wrapping toggles: bold on bold text removes it.
 */
public final class MarkdownFormatting {
    /** Replace {@code [start, end)} with {@code text}, then select {@code [selectionStart, selectionEnd)}. */
    public record Replacement(int start, int end, String text, int selectionStart, int selectionEnd) {
    }

    private MarkdownFormatting() {
    }

    public static Replacement bold(String text, int start, int end) {
        return wrap(text, start, end, "**", "bold text");
    }

    public static Replacement italic(String text, int start, int end) {
        return wrap(text, start, end, "*", "italic text");
    }

    /** Inline code for a selection within one line, a fenced block for several lines. */
    public static Replacement code(String text, int start, int end) {
        String selected = text.substring(start, end);
        if (!selected.contains("\n")) {
            return wrap(text, start, end, "`", "code");
        }
        int from = lineStart(text, start);
        int to = lineEnd(text, end);
        String block = text.substring(from, to);
        String fenced = "```\n" + block + "\n```";
        return new Replacement(from, to, fenced, from, from + fenced.length());
    }

    public static Replacement link(String text, int start, int end) {
        String label = start == end ? "link text" : text.substring(start, end);
        String url = "https://";
        String replacement = "[" + label + "](" + url + ")";
        int urlStart = start + label.length() + 3;
        return new Replacement(start, end, replacement, urlStart, urlStart + url.length());
    }

    public static Replacement bulletList(String text, int start, int end) {
        return prefixLines(text, start, end, false);
    }

    public static Replacement numberedList(String text, int start, int end) {
        return prefixLines(text, start, end, true);
    }

    private static Replacement wrap(String text, int start, int end, String marker, String placeholder) {
        String selected = text.substring(start, end);
        int m = marker.length();
        boolean wrappedInside = selected.length() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker);
        if (wrappedInside) {
            String inner = selected.substring(m, selected.length() - m);
            return new Replacement(start, end, inner, start, start + inner.length());
        }
        boolean wrappedOutside = start >= m && end + m <= text.length()
                && text.startsWith(marker, start - m) && text.startsWith(marker, end)
                && !(marker.equals("*") && (text.startsWith("**", start - 2 < 0 ? 0 : start - 2) && start >= 2));
        if (wrappedOutside && start != end) {
            return new Replacement(start - m, end + m, selected, start - m, end - m);
        }
        String inner = selected.isEmpty() ? placeholder : selected;
        return new Replacement(start, end, marker + inner + marker, start + m, start + m + inner.length());
    }

    private static Replacement prefixLines(String text, int start, int end, boolean numbered) {
        int from = lineStart(text, start);
        int to = lineEnd(text, Math.max(start, end > start && text.charAt(end - 1) == '\n' ? end - 1 : end));
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean allPrefixed = true;
        for (String line : lines) {
            allPrefixed &= numbered ? line.matches("\\d+\\. .*") : line.startsWith("- ");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            if (allPrefixed) {
                out.append(numbered ? line.replaceFirst("^\\d+\\. ", "") : line.substring(2));
            } else {
                out.append(numbered ? (i + 1) + ". " : "- ").append(line);
            }
        }
        String replacement = out.toString();
        return new Replacement(from, to, replacement, from + replacement.length(), from + replacement.length());
    }

    private static int lineStart(String text, int at) {
        int nl = text.lastIndexOf('\n', Math.max(0, at - 1));
        return at == 0 ? 0 : nl + 1;
    }

    private static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl;
    }
}
