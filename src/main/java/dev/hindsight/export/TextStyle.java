package dev.hindsight.export;

import java.awt.Color;

/** How a run of PDF text looks: face, size, colour, and a link target when it is a safe link. */
record TextStyle(PdfFonts.Face face, float size, Color color, String link) {

    TextStyle face(PdfFonts.Face newFace) {
        return new TextStyle(newFace, size, color, link);
    }

    TextStyle size(float newSize) {
        return new TextStyle(face, newSize, color, link);
    }

    TextStyle color(Color newColor) {
        return new TextStyle(face, size, newColor, link);
    }

    TextStyle link(String target) {
        return new TextStyle(face, size, PdfLook.LINK, target);
    }

    TextStyle bold() {
        return face(face == PdfFonts.Face.ITALIC || face == PdfFonts.Face.BOLD_ITALIC
                ? PdfFonts.Face.BOLD_ITALIC : face == PdfFonts.Face.MONO ? face : PdfFonts.Face.BOLD);
    }

    TextStyle italic() {
        return face(face == PdfFonts.Face.BOLD || face == PdfFonts.Face.BOLD_ITALIC
                ? PdfFonts.Face.BOLD_ITALIC : face == PdfFonts.Face.MONO ? face : PdfFonts.Face.ITALIC);
    }
}
