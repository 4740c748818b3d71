package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import dev.hindsight.export.chart.ChartText;
import java.awt.Color;

/** Chart text through the {@link Typesetter}: a font per character, right-to-left text shaped, missing characters noted. */
final class TypesetChartText implements ChartText {
    private final Typesetter type;
    private final String field;

    TypesetChartText(Typesetter type, String field) {
        this.type = type;
        this.field = field;
    }

    private Phrase phrase(String text, float size, boolean bold, Color color) {
        TextStyle style = PdfLook.BODY_TEXT.size(size).color(color);
        return type.phrase(text, bold ? style.bold() : style, field);
    }

    @Override
    public float width(String text, float size, boolean bold) {
        return ColumnText.getWidth(phrase(text, size, bold, PdfLook.TEXT), Direction.of(text), 0);
    }

    @Override
    public void draw(PdfContentByte canvas, String text, float x, float y, float size, boolean bold, Color color,
                     Align align, float rotation) {
        int alignment = align == Align.LEFT ? Element.ALIGN_LEFT : align == Align.RIGHT ? Element.ALIGN_RIGHT
                : Element.ALIGN_CENTER;
        ColumnText.showTextAligned(canvas, alignment, phrase(text, size, bold, color), x, y, rotation,
                Direction.of(text), 0);
    }
}
