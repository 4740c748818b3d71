package dev.hindsight.format;

import java.util.Locale;

/**
 * File names as messages show them: characters that would break the line or hide what the
 * name is (line breaks, control characters, bidirectional and other invisible formatting
 * characters, halves of a broken UTF-16 pair) written as escapes such as {@code \n} or
 * {@code \u202E}; everything else as it is.
 */
public final class Names {
    private Names() {
    }

    public static String shown(Object name) {
        String text = String.valueOf(name);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String escaped = escape(cp);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static String escape(int cp) {
        switch (cp) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                int type = Character.getType(cp);
                if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                    return String.format(Locale.ROOT, "\\u%04X", cp);
                }
                return null;
        }
    }
}
