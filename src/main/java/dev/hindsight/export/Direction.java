package dev.hindsight.export;

import com.lowagie.text.pdf.PdfWriter;

/** The base direction of a piece of text, by its first strong character, as Unicode's bidi rules decide a paragraph's. */
final class Direction {
    private Direction() {
    }

    /** OpenPDF's run direction for the text: right to left when it starts with a Hebrew or Arabic letter. */
    static int of(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return PdfWriter.RUN_DIRECTION_LTR;
            }
            if (isRightToLeft(d)) {
                return PdfWriter.RUN_DIRECTION_RTL;
            }
        }
        return PdfWriter.RUN_DIRECTION_LTR;
    }

    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRightToLeft(Character.getDirectionality(text.charAt(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRightToLeft(byte d) {
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
