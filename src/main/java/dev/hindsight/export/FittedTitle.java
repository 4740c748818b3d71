package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * A phrase cut with an ellipsis to fit one line (the footer's title). The cut is found in one
 * pass over the advance widths of the characters it keeps, then checked with the real layout
 * (shaping and bidi can change widths) a few times at most: the work grows with the part kept,
 * not with the length of the title, and the real measurements grow with its logarithm.
 */
final class FittedTitle {
    /** The laid-out width of a phrase on one line (OpenPDF's {@code ColumnText.getWidth}). */
    interface Measure {
        float width(Phrase phrase);
    }

    private final Measure measure;
    private final Chunk ellipsis;

    FittedTitle(Measure measure, Chunk ellipsis) {
        this.measure = measure;
        this.ellipsis = ellipsis;
    }

    /** {@code phrase} when it fits {@code width}, else its longest start (whole characters) that fits with "…". */
    Phrase fit(Phrase phrase, float width) {
        float room = width - advance(ellipsis.getContent(), ellipsis);
        int candidate = 0;
        float used = 0;
        boolean fitsByAdvance = true;
        scan:
        for (Object o : phrase.getChunks()) {
            Chunk chunk = (Chunk) o;
            String text = chunk.getContent();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                float w = advance(cp, chunk);
                if (used + w > room) {
                    fitsByAdvance = false;
                    break scan;
                }
                used += w;
                i += Character.charCount(cp);
                candidate += Character.charCount(cp);
            }
        }
        if (fitsByAdvance && measure.width(phrase) <= width) {
            return phrase;
        }
        String content = fitsByAdvance ? phrase.getContent() : prefixContent(phrase, candidate);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(content);
        int cut = boundaryAtOrBefore(characters, Math.min(candidate, content.length()));
        Phrase shorter = cut(phrase, cut);
        if (measure.width(shorter) <= width) {
            return shorter;
        }
        // Shaping made the start wider than its advances: the longest start that fits, by halves.
        int fits = 0;
        int tooWide = cut;
        while (true) {
            int middle = boundaryAtOrBefore(characters, (fits + tooWide) / 2);
            if (middle <= fits) {
                middle = characters.following(fits);
            }
            if (middle == BreakIterator.DONE || middle >= tooWide) {
                return cut(phrase, fits);
            }
            if (measure.width(cut(phrase, middle)) <= width) {
                fits = middle;
            } else {
                tooWide = middle;
            }
        }
    }

    private static int boundaryAtOrBefore(BreakIterator characters, int offset) {
        if (offset <= 0) {
            return 0;
        }
        if (characters.isBoundary(offset)) {
            return offset;
        }
        int before = characters.preceding(offset);
        return before == BreakIterator.DONE ? 0 : before;
    }

    /** The first {@code length} UTF-16 units of the phrase's text (a little past the cut, to find a grapheme boundary). */
    private static String prefixContent(Phrase phrase, int length) {
        StringBuilder out = new StringBuilder();
        int wanted = length + 16;
        for (Object o : phrase.getChunks()) {
            String text = ((Chunk) o).getContent();
            out.append(text, 0, Math.min(text.length(), wanted - out.length()));
            if (out.length() >= wanted) {
                break;
            }
        }
        return out.toString();
    }

    /** The phrase's first {@code length} UTF-16 units in their own fonts, then the ellipsis. */
    private Phrase cut(Phrase phrase, int length) {
        Phrase out = new Phrase();
        int left = length;
        for (Object o : phrase.getChunks()) {
            if (left <= 0) {
                break;
            }
            Chunk chunk = (Chunk) o;
            String text = chunk.getContent();
            out.add(new Chunk(text.substring(0, Math.min(left, text.length())), chunk.getFont()));
            left -= text.length();
        }
        out.add(new Chunk(ellipsis.getContent(), ellipsis.getFont()));
        return out;
    }

    private static float advance(int codePoint, Chunk chunk) {
        return chunk.getFont().getCalculatedBaseFont(false).getWidthPoint(codePoint, chunk.getFont().getSize());
    }

    private static float advance(String text, Chunk chunk) {
        return chunk.getFont().getCalculatedBaseFont(false).getWidthPoint(text, chunk.getFont().getSize());
    }
}
