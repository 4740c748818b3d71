package dev.hindsight.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Explains why text is not JSON, in words a person can act on ("comments are not allowed in a
 * report", "NaN is not a JSON number"), at the line and column of the first mistake. The
 * parser finds that the text is broken; this scans it again, only then, and never repeats
 * the parser's own wording. Columns count UTF-16 characters, as the parser's do.
 */
final class JsonSyntax {
    /** A mistake: 1-based line and column, and what is wrong. */
    record Mistake(int line, int column, String problem) {
    }

    private final String text;
    private int pos;
    /** Open objects and lists: '{' or '[' with the offset where each opened. */
    private final Deque<int[]> open = new ArrayDeque<>();

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** The first mistake in {@code text}, or null when this scan finds none. */
    static Mistake explain(String text) {
        return new JsonSyntax(text).scan();
    }

    private Mistake scan() {
        try {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) != '{' && text.charAt(pos) != '[' && startsWord()) {
                return at(pos, "this is not JSON: expected `{` to start a report, found " + found(pos));
            }
            value();
            skipSpace();
            if (pos < text.length()) {
                return at(pos, "unexpected content after the end of the JSON document");
            }
            return null;
        } catch (Stop stop) {
            return stop.mistake;
        }
    }

    /** Reads one value and everything nested in it, without recursion (files may nest deeply). */
    private void value() {
        readValue();
        while (!open.isEmpty()) {
            skipSpace();
            int[] top = open.peek();
            boolean object = top[0] == '{';
            char close = object ? '}' : ']';
            if (pos >= text.length()) {
                throw stop(pos, "the file ends in the middle of the JSON (is it truncated?)");
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                open.pop();
                continue;
            }
            if (c == ',') {
                pos++;
                skipSpace();
                if (pos < text.length() && (text.charAt(pos) == close)) {
                    throw stop(pos - 1, "a comma must be followed by another " + (object ? "member" : "value")
                            + ": remove the `,` before `" + close + "`");
                }
                if (object) {
                    member();
                } else {
                    readValue();
                }
                continue;
            }
            if (c == '}' || c == ']') {
                throw stop(pos, "found `" + c + "`, but the " + (object ? "object" : "list") + " opened at "
                        + place(top[1]) + " is closed by `" + close + "`");
            }
            throw stop(pos, "expected `,` or `" + close + "` after " + (object ? "a member of the object" : "a value of "
                    + "the list") + " opened at " + place(top[1]) + ", found " + found(pos)
                    + (c == '"' || Character.isLetterOrDigit(c) ? " (is a comma missing?)" : ""));
        }
    }

    /** A value: a scalar is read whole; an object or list is opened and its first member read. */
    private void readValue() {
        skipSpace();
        if (pos >= text.length()) {
            throw stop(pos, "the file ends in the middle of the JSON (is it truncated?)");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                open.push(new int[] {'{', pos});
                pos++;
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '}') {
                    pos++;
                    open.pop();
                } else {
                    member();
                }
                return;
            case '[':
                open.push(new int[] {'[', pos});
                pos++;
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ']') {
                    pos++;
                    open.pop();
                } else {
                    readValue();
                }
                return;
            case '"':
                string();
                return;
            case '}':
                if (!open.isEmpty() && open.peek()[0] == '[') {
                    throw stop(pos, "found `}`, but the list opened at " + place(open.peek()[1]) + " is closed by `]`");
                }
                scalar(c);
                return;
            default:
                scalar(c);
        }
    }

    /** A member of an object: a key in double quotes, a colon, and the start of its value. */
    private void member() {
        skipSpace();
        if (pos >= text.length()) {
            throw stop(pos, "the file ends in the middle of the JSON (is it truncated?)");
        }
        char c = text.charAt(pos);
        if (c != '"') {
            if (c == '\'') {
                throw stop(pos, "a key must be in double quotes (\"), not single quotes (')");
            }
            if (c == '\u201c' || c == '\u201d') {
                throw stop(pos, "a key must be in straight double quotes (\"), not typographic quotes (\u201c\u201d)");
            }
            if (startsWord()) {
                throw stop(pos, "a key must be in double quotes: found " + found(pos));
            }
            throw stop(pos, "expected a key in double quotes, found " + found(pos));
        }
        int key = pos;
        string();
        skipSpace();
        if (pos >= text.length()) {
            throw stop(pos, "the file ends in the middle of the JSON (is it truncated?)");
        }
        if (text.charAt(pos) != ':') {
            throw stop(pos, "expected `:` after the key " + Describe.clip(text.substring(key, Math.min(pos,
                    key + 60)).strip()) + ", found " + found(pos));
        }
        pos++;
        readValue();
    }

    private void string() {
        int start = pos;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw stop(start, "the file ends inside a text that starts here (a closing `\"` is missing)");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\') {
                escape();
                continue;
            }
            if (c < 0x20) {
                throw stop(pos, controlInText(c));
            }
            pos++;
        }
    }

    private void escape() {
        int at = pos;
        if (pos + 1 >= text.length()) {
            throw stop(at, "the file ends in the middle of the JSON (is it truncated?)");
        }
        char e = text.charAt(pos + 1);
        if ("\"\\/bfnrt".indexOf(e) >= 0) {
            pos += 2;
            return;
        }
        if (e == 'u') {
            for (int i = 2; i < 6; i++) {
                if (pos + i >= text.length() || Character.digit(text.charAt(pos + i), 16) < 0
                        || text.charAt(pos + i) > 'f') {
                    throw stop(at, "`\\u` must be followed by four hexadecimal digits, as in `\\u00E9`");
                }
            }
            pos += 6;
            return;
        }
        throw stop(at, "`\\" + shown(e) + "` is not an escape JSON knows: write `\\\\` for a backslash");
    }

    private static String controlInText(char c) {
        String name = c == '\n' ? "a line break" : c == '\r' ? "a carriage return" : c == '\t' ? "a tab"
                : "the control character " + codePoint(c);
        String escaped = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                : String.format(Locale.ROOT, "\\u%04X", (int) c);
        return name + " inside a text must be written as `" + escaped + "`";
    }

    private void scalar(char c) {
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            number(c);
            return;
        }
        if (c == '\'') {
            throw stop(pos, "text must be in double quotes (\"), not single quotes (')");
        }
        if (c == '\u201c' || c == '\u201d') {
            throw stop(pos, "text must be in straight double quotes (\"), not typographic quotes (\u201c\u201d)");
        }
        if (c == '/' || c == '#') {
            throw stop(pos, "comments are not allowed in a report (JSON has no comments)");
        }
        if (startsWord()) {
            word();
            return;
        }
        throw stop(pos, "expected a value (text in double quotes, a number, `{`, `[`, true, false or null), found "
                + found(pos));
    }

    private void word() {
        int start = pos;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equals("true") || word.equals("false") || word.equals("null")) {
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals("NaN") || lower.equals("infinity") || lower.equals("nan")) {
            throw stop(start, word + " is not a JSON number: write a number, or null");
        }
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            throw stop(start, word + " is not JSON: write " + lower + " (JSON's words are lower case)");
        }
        throw stop(start, "found the word `" + Describe.clip(word) + "` where a value was expected: text must be in "
                + "double quotes");
    }

    private void number(char first) {
        int start = pos;
        if (first == '+') {
            throw stop(pos, "a number cannot start with `+`: write it without the sign");
        }
        if (first == '.') {
            throw stop(pos, "a number needs a digit before its decimal point: write 0.5, not .5");
        }
        if (first == '-') {
            pos++;
            if (pos < text.length() && (text.startsWith("Infinity", pos) || text.startsWith("infinity", pos))) {
                throw stop(start, "-Infinity is not a JSON number: write a number, or null");
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw stop(pos, "a minus sign must be followed by a digit");
            }
        }
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            throw stop(pos, "a number cannot start with 0 followed by more digits");
        }
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && (text.charAt(pos + 1) | 0x20) == 'x') {
            throw stop(pos, "numbers are written in decimal: hexadecimal (0x\u2026) is not JSON");
        }
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw stop(pos - 1, "a number needs a digit after its decimal point: write 1.0 or 1, not 1.");
            }
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) | 0x20) == 'e') {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw stop(start, "a number's exponent needs digits, as in 1e5");
            }
            digits();
        }
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean startsWord() {
        return pos < text.length() && Character.isLetter(text.charAt(pos));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < text.length() && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')
                    || c == '#') {
                throw stop(pos, "comments are not allowed in a report (JSON has no comments)");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == '\uFEFF'
                    || Character.getType(c) == Character.FORMAT) {
                throw stop(pos, "the character " + codePoint(c) + " is not allowed between values: only spaces, "
                        + "tabs and line breaks are");
            } else {
                return;
            }
        }
    }

    /** What is at {@code at}, for a message: a word or a character, made visible. */
    private String found(int at) {
        if (at >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(at);
        if (Character.isLetterOrDigit(c)) {
            int end = at;
            while (end < text.length() && end - at < 40 && isWordChar(text.charAt(end))) {
                end++;
            }
            return "`" + Describe.clip(text.substring(at, end)) + "`";
        }
        int cp = text.codePointAt(at);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT) {
            return "the character " + codePoint(cp);
        }
        return "`" + new String(Character.toChars(cp)) + "`";
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    private static String shown(char c) {
        return Character.isISOControl(c) ? codePoint(c) : String.valueOf(c);
    }

    private String place(int offset) {
        int[] lc = lineAndColumn(offset);
        return "line " + lc[0] + ", column " + lc[1];
    }

    private int[] lineAndColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private Mistake at(int offset, String problem) {
        int[] lc = lineAndColumn(offset);
        return new Mistake(lc[0], lc[1], problem);
    }

    private Stop stop(int offset, String problem) {
        return new Stop(at(offset, problem));
    }

    /** Ends the scan at the first mistake. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mistake mistake;

        Stop(Mistake mistake) {
            super(null, null, false, false);
            this.mistake = mistake;
        }
    }
}
