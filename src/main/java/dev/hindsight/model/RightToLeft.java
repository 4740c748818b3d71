package dev.hindsight.model;

/** Right-to-left characters (Hebrew, Arabic, and the other scripts Unicode gives that direction), for layout decisions. */
public final class RightToLeft {
    private RightToLeft() {
    }

    /** Whether {@code codePoint} is a strong right-to-left character. */
    public static boolean is(int codePoint) {
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Whether {@code text} holds a right-to-left character. */
    public static boolean in(CharSequence text) {
        // a loop, not a stream: the PDF export asks it of every piece of text it sets
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (is(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
