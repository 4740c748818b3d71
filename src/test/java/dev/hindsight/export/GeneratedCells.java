package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import dev.hindsight.markdown.Markdown;
import java.util.Random;

/**
 * Table cells of every kind Hindsight makes, generated from a seed: scripts, emoji, marks,
 * Markdown with links and code, line breaks, tabs, zero-width characters, lengths around a
 * line's width, colours, paddings, borders, minimum heights, alignments.
 */
final class GeneratedCells {
    private static final String[] WORDS = {"deploy", "rollback", "p99", "api-gateway", "10:02", "The", "pager",
        "fired", "café", "naïve", "Ελλάδα", "Москва", "東京", "데이터베이스", "🔥", "👍🏽", "e\u0301", "שלום", "مرحبا",
        "a\u200bb", "x\ty", "line\nbreak", "**bold**", "`code`", "[link](https://example.com)", "_it_",
        "\u2014", "…", "WWWWWWWWWW", "iiiiiiiiii", "", " ", "  ", "\u00ad", "\u2060", "\ufeff", "𝔘𝔫𝔦",
        "[a longer link to the dashboard](https://grafana.example.com/d/abc)", "\n\n", "  \n",
        "\u202Aembedded\u202C\u200E", "\u200E", "\u202A", "\u202C\u200E \u2014 \u202AOwner\u202C\u200E", "zw\u200Bsp",
        "\u200F\u200F", "tail\u202C"};

    private final Typesetter type;

    GeneratedCells(Typesetter type) {
        this.type = type;
    }

    /** {@code count} cells. */
    java.util.List<PdfPCell> next(Random random, int count) {
        java.util.List<PdfPCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            cells.add(next(random));
        }
        return cells;
    }

    PdfPCell next(Random random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(8);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        TextStyle style = PdfLook.BODY_TEXT.size(7 + random.nextInt(6));
        style = switch (random.nextInt(4)) {
            case 0 -> style.bold();
            case 1 -> style.italic();
            default -> style;
        };
        if (random.nextInt(3) == 0) {
            style = style.color(PdfLook.MUTED);
        }
        Phrase phrase = random.nextBoolean() ? type.phrase(text.toString(), style, "f")
                : PdfInline.render(Markdown.parseInline(text.toString()), type, style, "f");
        PdfPCell cell = PdfBlocks.cell(phrase, Direction.of(text.toString()));
        if (random.nextBoolean()) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidth(0.5f + random.nextInt(3));
            cell.setUseBorderPadding(random.nextBoolean());
        }
        if (random.nextInt(4) == 0) {
            cell.setBackgroundColor(PdfLook.HEADER_BACKGROUND);
        }
        cell.setPadding(random.nextInt(7));
        cell.setPaddingRight(random.nextInt(5));
        if (random.nextInt(5) == 0) {
            cell.setMinimumHeight(random.nextInt(40));
        }
        if (random.nextInt(10) == 0) {
            cell.setUseDescender(false);
        }
        if (random.nextInt(12) == 0) {
            cell.setVerticalAlignment(random.nextBoolean() ? Element.ALIGN_MIDDLE : Element.ALIGN_BOTTOM);
        }
        if (random.nextInt(10) == 0) {
            cell.setHorizontalAlignment(random.nextBoolean() ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
        }
        return cell;
    }
}
