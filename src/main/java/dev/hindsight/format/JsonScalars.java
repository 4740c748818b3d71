package dev.hindsight.format;

import java.util.Locale;

/** Texts, numbers and words of JSON text, read for {@link JsonSyntax}: each mistake in words. */
final class JsonScalars {
    private static final String TRUNCATED = "the file ends in the middle of the JSON (is it truncated?)";

    private JsonScalars() {
    }

    /** A text in double quotes, the cursor on its opening quote. */
    static void string(JsonCursor in) {
        int start = in.pos;
        in.pos++;
        while (true) {
            if (in.atEnd()) {
                throw in.stop(start, "the file ends inside a text that starts here (a closing `\"` is missing)");
            }
            char c = in.current();
            if (c == '"') {
                in.pos++;
                return;
            }
            if (c == '\\') {
                escape(in);
                continue;
            }
            if (c < 0x20) {
                throw in.stop(in.pos, controlInText(c));
            }
            in.pos++;
        }
    }

    private static void escape(JsonCursor in) {
        int at = in.pos;
        String text = in.text;
        if (at + 1 >= text.length()) {
            throw in.stop(at, TRUNCATED);
        }
        char e = text.charAt(at + 1);
        if ("\"\\/bfnrt".indexOf(e) >= 0) {
            in.pos += 2;
            return;
        }
        if (e == 'u') {
            for (int i = 2; i < 6; i++) {
                if (at + i >= text.length() || Character.digit(text.charAt(at + i), 16) < 0
                        || text.charAt(at + i) > 'f') {
                    throw in.stop(at, "`\\u` must be followed by four hexadecimal digits, as in `\\u00E9`");
                }
            }
            in.pos += 6;
            return;
        }
        String shown = Character.isISOControl(e) ? JsonCursor.codePoint(e) : String.valueOf(e);
        throw in.stop(at, "`\\" + shown + "` is not an escape JSON knows: write `\\\\` for a backslash");
    }

    private static String controlInText(char c) {
        String name = c == '\n' ? "a line break" : c == '\r' ? "a carriage return" : c == '\t' ? "a tab"
                : "the control character " + JsonCursor.codePoint(c);
        String escaped = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                : String.format(Locale.ROOT, "\\u%04X", (int) c);
        return name + " inside a text must be written as `" + escaped + "`";
    }

    /** Any other value: a number, true, false, null, or what a person may have meant by one. */
    static void scalar(JsonCursor in, char c) {
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            number(in, c);
            return;
        }
        if (c == '\'') {
            throw in.stop(in.pos, "text must be in double quotes (\"), not single quotes (')");
        }
        if (c == '\u201c' || c == '\u201d') {
            throw in.stop(in.pos, "text must be in straight double quotes (\"), not typographic quotes (\u201c\u201d)");
        }
        if (c == '/' || c == '#') {
            throw in.stop(in.pos, "comments are not allowed in a report (JSON has no comments)");
        }
        if (in.startsWord()) {
            word(in);
            return;
        }
        throw in.stop(in.pos, "expected a value (text in double quotes, a number, `{`, `[`, true, false or null), "
                + "found " + in.found(in.pos));
    }

    private static void word(JsonCursor in) {
        int start = in.pos;
        while (!in.atEnd() && JsonCursor.isWordChar(in.current())) {
            in.pos++;
        }
        String word = in.text.substring(start, in.pos);
        if (word.equals("true") || word.equals("false") || word.equals("null")) {
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.equals("infinity")) {
            throw in.stop(start, word + " is not a JSON number: write a number, or null");
        }
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            throw in.stop(start, word + " is not JSON: write " + lower + " (JSON's words are lower case)");
        }
        throw in.stop(start, "found the word `" + Describe.clip(word) + "` where a value was expected: text must be "
                + "in double quotes");
    }

    private static void number(JsonCursor in, char first) {
        int start = in.pos;
        String text = in.text;
        if (first == '+') {
            throw in.stop(in.pos, "a number cannot start with `+`: write it without the sign");
        }
        if (first == '.') {
            throw in.stop(in.pos, "a number needs a digit before its decimal point: write 0.5, not .5");
        }
        if (first == '-') {
            in.pos++;
            if (text.startsWith("Infinity", in.pos) || text.startsWith("infinity", in.pos)) {
                throw in.stop(start, "-Infinity is not a JSON number: write a number, or null");
            }
            if (in.atEnd() || !isDigit(in.current())) {
                throw in.stop(in.pos, "a minus sign must be followed by a digit");
            }
        }
        if (in.current() == '0' && in.pos + 1 < text.length() && isDigit(text.charAt(in.pos + 1))) {
            throw in.stop(in.pos, "a number cannot start with 0 followed by more digits");
        }
        if (in.current() == '0' && in.pos + 1 < text.length() && (text.charAt(in.pos + 1) | 0x20) == 'x') {
            throw in.stop(in.pos, "numbers are written in decimal: hexadecimal (0x\u2026) is not JSON");
        }
        digits(in);
        if (!in.atEnd() && in.current() == '.') {
            in.pos++;
            if (in.atEnd() || !isDigit(in.current())) {
                throw in.stop(in.pos - 1, "a number needs a digit after its decimal point: write 1.0 or 1, not 1.");
            }
            digits(in);
        }
        if (!in.atEnd() && (in.current() | 0x20) == 'e') {
            in.pos++;
            if (!in.atEnd() && (in.current() == '+' || in.current() == '-')) {
                in.pos++;
            }
            if (in.atEnd() || !isDigit(in.current())) {
                throw in.stop(start, "a number's exponent needs digits, as in 1e5");
            }
            digits(in);
        }
    }

    private static void digits(JsonCursor in) {
        while (!in.atEnd() && isDigit(in.current())) {
            in.pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
