package dev.hindsight.export;

import java.awt.Color;

/** The PDF's few sizes and colours, in one place so the pages stay consistent. */
final class PdfLook {
    static final float MARGIN = 56;
    static final float MARGIN_BOTTOM = 64;
    static final float BODY = 10;
    static final float SMALL = 8.5f;
    static final float SECTION = 16;
    static final float TITLE = 26;
    static final float LEADING = 1.35f;

    static final Color TEXT = new Color(0x1F2328);
    static final Color MUTED = new Color(0x59636E);
    static final Color LINK = new Color(0x0969DA);
    static final Color RULE = new Color(0xD0D7DE);
    static final Color CODE_BACKGROUND = new Color(0xF3F4F6);
    static final Color BOX_BACKGROUND = new Color(0xF6F8FA);
    static final Color HEADER_BACKGROUND = new Color(0xEAEEF2);
    static final Color WATERMARK = new Color(0xE6E6E6);

    static final TextStyle BODY_TEXT = new TextStyle(PdfFonts.Face.REGULAR, BODY, TEXT, null);

    private PdfLook() {
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
