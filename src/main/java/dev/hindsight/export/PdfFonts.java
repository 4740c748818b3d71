package dev.hindsight.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts bundled for the PDF, loaded once per run: DejaVu Sans in four faces and DejaVu Sans
 * Mono (Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols), then Droid Sans Fallback for
 * Chinese and Japanese, then NanumSquare for Korean (Droid has almost no Hangul). Each face has a
 * chain: its own font first, then the fonts that fill its gaps (DejaVu's oblique faces have no
 * Arabic or Hebrew; the regular face has them), then the two fallbacks, read only when a report
 * first needs a character DejaVu lacks (most reports never do, and they are 4.6 MB).
 */
final class PdfFonts {
    enum Face { REGULAR, BOLD, ITALIC, BOLD_ITALIC, MONO }

    private static final String FOLDER = "/dev/hindsight/fonts/";
    private static volatile PdfFonts bundled;

    private final Map<Face, List<BaseFont>> chains = new EnumMap<>(Face.class);
    private final BaseFont regular;
    private final List<Fallback> fallbacks = List.of(new Fallback("DroidSansFallbackFull.ttf"),
            new Fallback("NanumSquareR.ttf"));

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
    }

    /** A fallback font, read on first use; shared by every export of the run, as the others are. */
    private static final class Fallback {
        private final String file;
        private volatile BaseFont font;

        Fallback(String file) {
            this.file = file;
        }

        BaseFont font() {
            BaseFont loaded = font;
            if (loaded == null) {
                synchronized (this) {
                    loaded = font;
                    if (loaded == null) {
                        try {
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

    /** The bundled fonts; the first call reads about 8 MB of font files, later calls share them. */
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
        for (BaseFont font : chains.get(face)) {
            if (font.charExists(codePoint)) {
                return font;
            }
        }
        for (Fallback fallback : fallbacks) {
            BaseFont font = fallback.font();
            if (font.charExists(codePoint)) {
                return font;
            }
        }
        return null;
    }

    /** The face's own font, for text the export writes itself (footers, page numbers). */
    BaseFont primary(Face face) {
        return chains.get(face).get(0);
    }

    /** The font of the replacement character drawn for a character no font has. */
    BaseFont regular() {
        return regular;
    }

    private static BaseFont load(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + file + " is missing from the application");
            }
            bytes = in.readAllBytes();
        }
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException e) {
            throw new IOException("the bundled font " + file + " could not be read: " + e.getMessage(), e);
        }
    }
}
