package dev.hindsight.format;

import java.util.Locale;

/** A place in JSON text being explained by {@link JsonSyntax}: the text, the position, and words for both. */
final class JsonCursor {
    final String text;
    int pos;

    JsonCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char current() {
        return text.charAt(pos);
    }

    boolean startsWord() {
        return pos < text.length() && Character.isLetter(text.charAt(pos));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
    }

    /** What is at {@code at}, for a message: a word or a character, made visible. */
    String found(int at) {
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

    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    String place(int offset) {
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

    JsonSyntax.Mistake mistake(int offset, String problem) {
        int[] lc = lineAndColumn(offset);
        return new JsonSyntax.Mistake(lc[0], lc[1], problem);
    }

    /** Ends the scan with the mistake at {@code offset}: {@code throw cursor.stop(…)}. */
    Stop stop(int offset, String problem) {
        return new Stop(mistake(offset, problem));
    }

    /** Ends the scan at the first mistake. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient JsonSyntax.Mistake mistake;

        Stop(JsonSyntax.Mistake mistake) {
            super(null, null, false, false);
            this.mistake = mistake;
        }
    }
}
