package dev.hindsight.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts bundled for the PDF, loaded once per run: DejaVu Sans in four faces and DejaVu Sans
 * Mono (Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols), then Droid Sans Fallback for
 * Chinese and Japanese, then NanumSquare for Korean (Droid has almost no Hangul). Each face has a chain: its own font first, then the fonts that
 * fill its gaps (DejaVu's oblique faces have no Arabic or Hebrew; the regular face has them).
 */
final class PdfFonts {
    enum Face { REGULAR, BOLD, ITALIC, BOLD_ITALIC, MONO }

    private static final String FOLDER = "/dev/hindsight/fonts/";
    private static volatile PdfFonts bundled;

    private final Map<Face, List<BaseFont>> chains = new EnumMap<>(Face.class);
    private final BaseFont regular;

    private PdfFonts() throws IOException {
        regular = load("DejaVuSans.ttf");
        BaseFont bold = load("DejaVuSans-Bold.ttf");
        BaseFont italic = load("DejaVuSans-Oblique.ttf");
        BaseFont boldItalic = load("DejaVuSans-BoldOblique.ttf");
        BaseFont mono = load("DejaVuSansMono.ttf");
        BaseFont cjk = load("DroidSansFallbackFull.ttf");
        BaseFont hangul = load("NanumSquareR.ttf");
        chains.put(Face.REGULAR, List.of(regular, cjk, hangul));
        chains.put(Face.BOLD, List.of(bold, regular, cjk, hangul));
        chains.put(Face.ITALIC, List.of(italic, regular, cjk, hangul));
        chains.put(Face.BOLD_ITALIC, List.of(boldItalic, bold, regular, cjk, hangul));
        chains.put(Face.MONO, List.of(mono, regular, cjk, hangul));
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

    /** The fonts to try, in order, for a character in this face. */
    List<BaseFont> chain(Face face) {
        return chains.get(face);
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
