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
            if (Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return PdfWriter.RUN_DIRECTION_LTR;
            }
            if (dev.hindsight.model.RightToLeft.is(cp)) {
                return PdfWriter.RUN_DIRECTION_RTL;
            }
        }
        return PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * The text inside an explicit embedding of its own direction, so that what follows it
     * (a separator, a date) keeps the surrounding direction instead of joining its last run.
     */
    static String embed(String text) {
        return start(text) + text + END;
    }

    /** The opening of an embedding in the text's direction (LRE or RLE); {@link #END} closes it in a left-to-right line. */
    static String start(String text) {
        return of(text) == PdfWriter.RUN_DIRECTION_RTL ? "\u202B" : "\u202A";
    }

    // PDF closes the embedding; the left-to-right mark keeps a following separator out of a right-to-left run.
    static final String END = "\u202C\u200E";
}
