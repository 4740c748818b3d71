package dev.hindsight.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The fonts bundled for the PDF, loaded once per run: DejaVu Sans in four faces and DejaVu Sans
 * Mono (Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols); then, read only when a report
 * first needs them, Noto Sans Devanagari and Noto Sans Thai (regular and bold), Symbola for
 * symbols and monochrome emoji, Droid Sans Fallback for Chinese and Japanese and NanumSquare for
 * Korean (Droid has almost no Hangul). Each face has a chain: its own font first, then the fonts
 * that fill its gaps (DejaVu's oblique faces have no Arabic or Hebrew; the regular face has them),
 * then the fallbacks, each asked only about the characters it is for, so that an emoji does not
 * read 4.6 MB of CJK fonts.
 */
final class PdfFonts {
    enum Face { REGULAR, BOLD, ITALIC, BOLD_ITALIC, MONO }

    private static final String FOLDER = "dev/hindsight/fonts/";
    private static volatile PdfFonts bundled;

    private final Map<Face, List<BaseFont>> chains = new EnumMap<>(Face.class);
    /** Per face, the font of each ASCII character (null where the chain has none): most text is ASCII. */
    private final BaseFont[][] ascii = new BaseFont[Face.values().length][128];
    private final BaseFont regular;
    private final Fallback droid = new Fallback("DroidSansFallbackFull.ttf", cp -> true, false);
    private final Fallback nanum = new Fallback("NanumSquareR.ttf", cp -> true, false);
    private final Fallback symbola = new Fallback("Symbola.ttf", PdfFonts::isSymbol, true);
    private final List<Fallback> regularFallbacks = List.of(
            new Fallback("NotoSansDevanagari-Regular.ttf", PdfFonts::isDevanagari, true),
            new Fallback("NotoSansThai-Regular.ttf", PdfFonts::isThai, true), symbola, droid, nanum);
    private final List<Fallback> boldFallbacks = List.of(
            new Fallback("NotoSansDevanagari-Bold.ttf", PdfFonts::isDevanagari, true),
            new Fallback("NotoSansThai-Bold.ttf", PdfFonts::isThai, true), symbola, droid, nanum);

    private PdfFonts() throws IOException {
        regular = load("DejaVuSans.ttf");
        BaseFont bold = load("DejaVuSans-Bold.ttf");
        BaseFont italic = load("DejaVuSans-Oblique.ttf");
        BaseFont boldItalic = load("DejaVuSans-BoldOblique.ttf");
        BaseFont mono = load("DejaVuSansMono.ttf");
        chains.put(Face.REGULAR, List.of(regular));
        chains.put(Face.BOLD, List.of(bold, regular));
        chains.put(Face.ITALIC, List.of(italic, regular));
        chains.put(Face.BOLD_ITALIC, List.of(boldItalic, bold, regular));
        chains.put(Face.MONO, List.of(mono, regular));
        for (Face face : Face.values()) {
            for (int cp = 0; cp < 128; cp++) {
                ascii[face.ordinal()][cp] = inChain(face, cp);
            }
        }
    }

    /**
     * A fallback font, read on first use; shared by every export of the run, as the others are.
     * A shaped one is laid out by the JDK (OpenPDF's {@link LayoutProcessor}) and carries its text
     * as /ActualText, so that a Devanagari syllable drawn with its vowel sign first still reads
     * in the order it was typed.
     */
    private final class Fallback {
        private final String file;
        private final IntPredicate mayCover;
        private final boolean shaped;
        private volatile BaseFont font;

        Fallback(String file, IntPredicate mayCover, boolean shaped) {
            this.file = file;
            this.mayCover = mayCover;
            this.shaped = shaped;
        }

        BaseFont font() {
            BaseFont loaded = font;
            if (loaded == null) {
                synchronized (PdfFonts.this) {
                    loaded = font;
                    if (loaded == null) {
                        try {
                            if (shaped) {
                                enableLayout();
                            }
                            loaded = load(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        font = loaded;
                    }
                }
            }
            return loaded;
        }
    }

    /**
     * Turns on OpenPDF's layout processor, once per run. It is global, and from then on every
     * TrueType font OpenPDF reads is handed to it; so the fonts that must keep OpenPDF's own
     * layout (DejaVu, whose Arabic OpenPDF shapes itself, and the two CJK fallbacks) are read
     * first. Left to right always: OpenPDF has already put each line in visual order.
     */
    private void enableLayout() {
        if (LayoutProcessor.isEnabled()) {
            return;
        }
        droid.font();
        nanum.font();
        LayoutProcessor.enable(java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
        LayoutProcessor.setWriteActualText();
    }

    /** The bundled fonts; the first call reads about 3 MB of font files, later calls share them. */
    static PdfFonts bundled() throws IOException {
        PdfFonts fonts = bundled;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                fonts = bundled;
                if (fonts == null) {
                    fonts = new PdfFonts();
                    bundled = fonts;
                }
            }
        }
        return fonts;
    }

    /**
     * The first font of the face's chain that has the character, or null when none has it.
     * Reads a fallback font the first time one is needed ({@link UncheckedIOException} if it cannot).
     */
    BaseFont fontFor(Face face, int codePoint) {
        BaseFont font = codePoint >= 0 && codePoint < 128 ? ascii[face.ordinal()][codePoint] : inChain(face, codePoint);
        if (font != null) {
            return font;
        }
        for (Fallback fallback : face == Face.BOLD || face == Face.BOLD_ITALIC ? boldFallbacks : regularFallbacks) {
            if (fallback.mayCover.test(codePoint)) {
                BaseFont loaded = fallback.font();
                if (loaded.charExists(codePoint)) {
                    return loaded;
                }
            }
        }
        return null;
    }

    /** The first font of the face's own chain that has the character, or null. */
    private BaseFont inChain(Face face, int codePoint) {
        for (BaseFont font : chains.get(face)) {
            if (font.charExists(codePoint)) {
                return font;
            }
        }
        return null;
    }

    /** The emoji font when it has the character (for an emoji sequence, kept whole in one font), else null. */
    BaseFont emojiFor(int codePoint) {
        return symbola.mayCover.test(codePoint) && symbola.font().charExists(codePoint) ? symbola.font() : null;
    }

    /** The face's own font, for text the export writes itself (footers, page numbers). */
    BaseFont primary(Face face) {
        return chains.get(face).get(0);
    }

    /** The font of the replacement character drawn for a character no font has. */
    BaseFont regular() {
        return regular;
    }

    private static boolean isDevanagari(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.DEVANAGARI || block == Character.UnicodeBlock.DEVANAGARI_EXTENDED
                || block == Character.UnicodeBlock.VEDIC_EXTENSIONS
                || block == Character.UnicodeBlock.COMMON_INDIC_NUMBER_FORMS;
    }

    private static boolean isThai(int cp) {
        return Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.THAI;
    }

    /** Symbols and emoji (Symbola has those of Unicode 9); letters of any script are for the other fonts. */
    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL
                || cp >= 0x1F000 && cp <= 0x1FAFF;
    }

    /**
     * Reads a bundled font. It is named by its resource path because the layout processor,
     * once on, reads the file again by that name for the JDK.
     */
    private static BaseFont load(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = PdfFonts.class.getResourceAsStream("/" + FOLDER + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + file + " is missing from the application");
            }
            bytes = in.readAllBytes();
        }
        try {
            return BaseFont.createFont(FOLDER + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (RuntimeException e) {
            throw new IOException("the bundled font " + file + " could not be read: " + e.getMessage(), e);
        }
    }
}
