package dev.hindsight.ui.support;

/**
 * Text a report gives to the window system (the window's title in the title bar and task bar,
 * the file name a save dialog proposes): without the characters window systems refuse or
 * misuse. Gone are control characters (a NUL ends a C string early), halves of surrogate pairs
 * (not valid UTF-8 or UTF-16), non-characters, and the bidi embeddings, overrides and isolates
 * that could make a title read backwards past its own end ("…exe.pdf"); line breaks and tabs
 * become spaces. Marks (LRM, RLM) and joiners stay: right-to-left titles need them.
 */
public final class WindowText {
    private static final String ELLIPSIS = "\u2026";

    private WindowText() {
    }

    /** {@code text} without the characters a window system chokes on. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isLineBreak(c)) {
                out.append(' ');
            } else if (!refused(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} cleaned, and when longer than {@code max} code points, shortened in the middle
     * ("Checkout outage in the…— db.postmortem.json — Hindsight"), never inside a surrogate pair.
     */
    public static String clean(String text, int max) {
        String cleaned = clean(text);
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length <= max) {
            return cleaned;
        }
        int tail = Math.min(max / 3, max - 1);
        int head = max - 1 - tail;
        int headEnd = cleaned.offsetByCodePoints(0, head);
        int tailStart = cleaned.offsetByCodePoints(cleaned.length(), -tail);
        return cleaned.substring(0, headEnd) + ELLIPSIS + cleaned.substring(tailStart);
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028
                || c == 0x2029;
    }

    /** Whether a window system may refuse or misuse {@code c}. */
    static boolean refused(int c) {
        return Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c >= 0xFDD0 && c <= 0xFDEF
                || (c & 0xFFFE) == 0xFFFE;
    }
}
