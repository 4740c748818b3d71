package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown or plain text as blocks: {@code #} headings and underlined ones, pipe tables and
 * tab-separated tables, fenced code, and every other line as it is. Text pasted from a web page
 * is tidied first: line endings, no-break and zero-width spaces, and bullets such as {@code •}
 * written as Markdown list items.
 */
public final class MarkdownBlocks {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-{3,})[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern WEB_BULLET = Pattern.compile("^(\\s*)([\u2022\u25CF\u25AA\u25A0\u2023\u2043\u25E6\u25CB\u2219\u00B7])\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+.*");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private MarkdownBlocks() {
    }

    /** Line endings, spaces and bullets as Markdown expects them. */
    public static String tidy(String text) {
        String clean = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replace("\u200B", "").replace("\u00AD", "").replace("\uFEFF", "").replace('\u2028', '\n');
        StringBuilder out = new StringBuilder(clean.length());
        for (String line : clean.split("\n", -1)) {
            Matcher bullet = WEB_BULLET.matcher(line);
            if (bullet.find()) {
                String indent = bullet.group(1).replace("\t", "  ");
                boolean inner = "\u25E6\u25CB\u25AA".indexOf(bullet.group(2).charAt(0)) >= 0 && indent.isEmpty();
                line = indent + (inner ? "  " : "") + "- " + line.substring(bullet.end());
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    public static List<Block> read(String text) {
        return read(text, false);
    }

    /**
     * @param plain text that is not Markdown (a .txt file, a paste from a web page): a line that
     *              ends a sentence ends its paragraph, as it did on the page, instead of joining the next
     */
    public static List<Block> read(String text, boolean plain) {
        List<String> lines = List.of(tidy(text).split("\n", -1));
        if (plain) {
            lines = paragraphs(lines);
        }
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                i = code(lines, i, fence.group(1), out);
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                out.add(new Block.Heading(atx.group(1).length(), atx.group(2) == null ? "" : atx.group(2).strip()));
                i++;
                continue;
            }
            if (i + 1 < lines.size() && !line.isBlank() && !LIST_ITEM.matcher(line).matches()
                    && !line.contains("|") && SETEXT.matcher(lines.get(i + 1)).matches()
                    && line.length() - line.stripLeading().length() < 4) {
                out.add(new Block.Heading(lines.get(i + 1).strip().startsWith("=") ? 1 : 2, line.strip()));
                i += 2;
                continue;
            }
            int end = pipeTable(lines, i);
            if (end > i) {
                out.add(new Block.Table(pipeRows(lines.subList(i, end)), true));
                i = end;
                continue;
            }
            end = tabTable(lines, i);
            if (end > i) {
                List<List<String>> rows = new ArrayList<>();
                for (String row : lines.subList(i, end)) {
                    rows.add(List.of(row.strip().split("\t", -1)).stream().map(String::strip).toList());
                }
                out.add(new Block.Table(rows, false));
                i = end;
                continue;
            }
            out.add(new Block.Line(line));
            i++;
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;,\"\u201D)]\\h*$");

    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(line);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (!line.isBlank() && !next.isBlank() && SENTENCE_END.matcher(line).matches()
                    && !LIST_ITEM.matcher(line).matches() && !LIST_ITEM.matcher(next).matches()
                    && !Character.isWhitespace(next.charAt(0)) && !line.contains("\t") && !line.strip().startsWith("|")) {
                out.add("");
            }
        }
        return out;
    }

    private static int code(List<String> lines, int start, String marker, List<Block> out) {
        out.add(new Block.Line(lines.get(start), true));
        int i = start + 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            out.add(new Block.Line(line, true));
            i++;
            if (line.strip().startsWith(marker) && line.strip().replace(marker.substring(0, 1), "").isEmpty()) {
                break;
            }
        }
        return i;
    }

    /** The end of a pipe table starting at {@code i} (a row, then a rule row), or {@code i} when there is none. */
    private static int pipeTable(List<String> lines, int i) {
        if (i + 1 >= lines.size() || !lines.get(i).contains("|") || !TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
            return i;
        }
        int end = i + 2;
        while (end < lines.size() && lines.get(end).contains("|") && !lines.get(end).isBlank()) {
            end++;
        }
        return end;
    }

    private static List<List<String>> pipeRows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            if (r == 1) {
                continue;
            }
            rows.add(cells(lines.get(r)));
        }
        return rows;
    }

    /** The cells of a pipe-table row: outer pipes dropped, escaped pipes kept as pipes. */
    static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : UNESCAPED_PIPE.split(s, -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    /** The end of two or more lines with the same number (2 or more) of tab-separated fields, or {@code i}. */
    private static int tabTable(List<String> lines, int i) {
        int fields = tabFields(lines.get(i));
        if (fields < 2) {
            return i;
        }
        int end = i + 1;
        while (end < lines.size() && tabFields(lines.get(end)) == fields) {
            end++;
        }
        return end - i >= 2 ? end : i;
    }

    private static int tabFields(String line) {
        String s = line.strip();
        return s.indexOf('\t') < 0 ? 0 : s.split("\t", -1).length;
    }
}
