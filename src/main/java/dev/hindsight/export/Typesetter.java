package dev.hindsight.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns report text into PDF chunks, choosing for each character the first font of the style's
 * chain that has it. A character no font has is drawn as U+FFFD and remembered with its field,
 * so the export can tell the user instead of dropping it silently.
 */
final class Typesetter {
    private static final int REPLACEMENT = 0xFFFD;
    private static final int MAX_REPORTED = 500;
    private static final char LRE = '\u202A';
    private static final char PDF = '\u202C';
    private static final int ZWJ = 0x200D;

    private final PdfFonts fonts;
    private final Set<MissingCharacter> missing = new LinkedHashSet<>();
    private final Map<FontKey, Font> fontCache = new HashMap<>();

    /** equals and hashCode written out: a record's own go through method handles, slow in code run cold (one per chunk). */
    private record FontKey(BaseFont base, float size, Color color) {
        @Override
        public boolean equals(Object other) {
            return other instanceof FontKey key && key.base == base && Float.compare(key.size, size) == 0
                    && java.util.Objects.equals(key.color, color);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(base) * 31 + Float.hashCode(size)) * 31 + (color == null ? 0 : color.hashCode());
        }
    }

    private final PdfLinks links;
    private final PdfPictures pictures;

    Typesetter(PdfFonts fonts) {
        this(fonts, new PdfLinks());
    }

    /** Link text is tagged for {@code links}, which must be one of the writer's page events. */
    Typesetter(PdfFonts fonts, PdfLinks links) {
        this(fonts, links, PdfPictures.none());
    }

    /** ... and pictures come from {@code pictures}, the report's. */
    Typesetter(PdfFonts fonts, PdfLinks links, PdfPictures pictures) {
        this.fonts = fonts;
        this.links = links;
        this.pictures = pictures;
    }

    /** The fonts, for what is drawn rather than set as text (the timeline chart). */
    PdfFonts fonts() {
        return fonts;
    }

    /** The pictures of the report being set, for the prose that shows them. */
    PdfPictures pictures() {
        return pictures;
    }

    List<MissingCharacter> missing() {
        return new ArrayList<>(missing);
    }

    Phrase phrase(String text, TextStyle style, String field) {
        Phrase phrase = new Phrase();
        append(phrase, text, style, field);
        return phrase;
    }

    /**
     * Adds {@code text} to {@code phrase} as chunks, one per run of characters sharing a font.
     * What belongs to the character before it (a combining mark, a joiner, a variation selector,
     * a skin tone) stays in that character's font when the font has it, and is never reported
     * missing; an emoji followed by such a character is set in the emoji font, so that the whole
     * sequence is one shaped run carrying its text.
     */
    void append(Phrase phrase, String text, TextStyle style, String field) {
        boolean rtl = dev.hindsight.model.RightToLeft.in(text);
        StringBuilder run = new StringBuilder();
        BaseFont runFont = null;
        boolean joined = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                cp = ' ';
            }
            if (isInvisible(cp)) {
                if (Character.getType(cp) == Character.CONTROL && cp != '\n') {
                    continue;
                }
                run.appendCodePoint(cp);
                joined = cp == ZWJ;
                continue;
            }
            BaseFont font = null;
            if (runFont != null && (joined || clings(cp)) && runFont.charExists(cp)) {
                font = runFont;
            } else if (i < text.length() && clings(text.codePointAt(i))) {
                font = fonts.emojiFor(cp);
            }
            if (font == null) {
                font = fonts.fontFor(style.face(), cp);
            }
            joined = false;
            if (font == null && clings(cp)) {
                font = runFont == null ? fonts.regular() : runFont;
            } else if (font == null) {
                if (missing.size() < MAX_REPORTED) {
                    missing.add(new MissingCharacter(cp, field));
                }
                cp = REPLACEMENT;
                font = fonts.regular();
            }
            // Invisible characters before the first visible one join its run: a chunk without a font
            // would be set in OpenPDF's fallback font.
            if (font != runFont && run.length() > 0 && runFont != null) {
                phrase.add(chunk(run.toString(), runFont, style));
                run.setLength(0);
            }
            runFont = font;
            // OpenPDF's bidi reorders UTF-16 units: an embedding keeps a supplementary character's pair in order.
            boolean isolate = rtl && Character.isSupplementaryCodePoint(cp);
            if (isolate) {
                run.append(LRE);
            }
            run.appendCodePoint(cp);
            if (isolate) {
                run.append(PDF);
            }
        }
        if (run.length() > 0) {
            phrase.add(chunk(run.toString(), runFont == null ? fonts.regular() : runFont, style));
        }
    }

    /** Control and format characters and variation selectors have no glyph and need none: drawn as nothing, kept as text. */
    private static boolean isInvisible(int cp) {
        if (cp >= ' ' && cp < 0x7F) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || isVariationSelector(cp);
    }

    private static boolean isVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** Whether the character belongs to the one before it: a combining mark, a joiner, a selector, a skin tone. */
    private static boolean clings(int cp) {
        if (cp < 0x300) {
            return false; // no mark, joiner or selector comes before the combining diacritics
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == ZWJ || isVariationSelector(cp)
                || cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0020 && cp <= 0xE007F;
    }

    private Chunk chunk(String text, BaseFont base, TextStyle style) {
        Font font = fontCache.computeIfAbsent(new FontKey(base, style.size(), style.color()),
                k -> new Font(k.base(), k.size(), Font.NORMAL, k.color()));
        Chunk chunk = new Chunk(text, font);
        if (style.link() != null) {
            chunk.setGenericTag(links.tag(style.link()));
            chunk.setUnderline(0.5f, -1.5f);
        }
        return chunk;
    }
}
