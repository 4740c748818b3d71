package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.model.Report;
import dev.hindsight.picture.PictureData;
import dev.hindsight.picture.PictureLookup;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report's pictures in the PDF: each {@code picture:NAME} shown as a block of its own, as
 * wide as the text at most and never wider than the picture is (one pixel is 1/96 inch unless
 * the picture states its resolution), never taller than a page, with its alt text as caption.
 * Each picture is read once and written into the file once, however often it is shown. A
 * picture that is missing, too large or that cannot be decoded is a framed line saying so: an
 * export never fails because of a picture.
 */
final class PdfPictures {
    private static final Logger LOG = Logger.getLogger(PdfPictures.class.getName());
    private static final float SCREEN_DPI = 96;
    private static final float CAPTION_ROOM = 36;
    /** Pixels a side of a copy decoded by ImageIO when OpenPDF cannot read a picture itself. */
    private static final int FALLBACK_SIDE = 4096;

    private final Report report;
    private final float maxHeight;
    private final Map<String, Object> read = new HashMap<>();

    /** @param maxHeight points of a page's text column: no picture is taller (with its caption) */
    PdfPictures(Report report, float maxHeight) {
        this.report = report;
        this.maxHeight = maxHeight;
    }

    static PdfPictures none() {
        return new PdfPictures(Report.blank(), 600);
    }

    /** The block showing the picture {@code destination} refers to, {@code width - indent} points wide at most. */
    PdfPTable block(String destination, String alt, Typesetter type, float width, float indent, String field) {
        Object image = image(destination);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(Math.max(10, 100 * (width - indent) / width));
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setKeepTogether(true);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        if (image instanceof Decoded picture) {
            table.addCell(pictureCell(picture, width - indent));
            if (!alt.isBlank()) {
                PdfPCell caption = PdfBlocks.cell(type.phrase(alt, PdfLook.BODY_TEXT.italic().size(PdfLook.SMALL)
                        .color(PdfLook.MUTED), field), Direction.of(alt));
                caption.setPaddingTop(3);
                table.addCell(caption);
            }
        } else {
            Phrase phrase = type.phrase("Picture not shown: " + image + (alt.isBlank() ? "" : " \u2014 \u201C" + alt
                    + "\u201D"), PdfLook.BODY_TEXT.italic().size(PdfLook.SMALL).color(PdfLook.MUTED), field);
            PdfPCell cell = PdfBlocks.cell(phrase, PdfWriter.RUN_DIRECTION_LTR);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(PdfLook.RULE);
            cell.setBorderWidth(0.75f);
            cell.setPadding(8);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell pictureCell(Decoded picture, float available) {
        Image copy = Image.getInstance(picture.image());
        float naturalW = picture.width() * 72 / plausible(picture.image().getDpiX());
        float naturalH = picture.height() * 72 / plausible(picture.image().getDpiY());
        float scale = Math.min(1, Math.min(available / naturalW, (maxHeight - CAPTION_ROOM) / naturalH));
        copy.scaleAbsolute(naturalW * scale, naturalH * scale);
        PdfPCell cell = new PdfPCell(copy, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    private static float plausible(int dpi) {
        return dpi >= 72 && dpi <= 1200 ? dpi : SCREEN_DPI;
    }

    /** The picture as OpenPDF's image with its size in pixels as stored, or the problem in words. */
    private Object image(String destination) {
        PictureLookup lookup = Pictures.find(report, destination);
        return read.computeIfAbsent(lookup.name(), name -> lookup.found() ? decode(lookup.data()) : lookup.problem());
    }

    private static Object decode(PictureData data) {
        Image image;
        try {
            image = Image.getInstance(data.bytes());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "OpenPDF cannot read " + data + "; decoding it with ImageIO", e);
            try {
                image = Image.getInstance(Pictures.decode(data, FALLBACK_SIDE), null);
            } catch (PictureRefusal | IOException | RuntimeException again) {
                LOG.log(Level.WARNING, "picture not shown in the PDF: " + data, again);
                return "the picture \"" + data.name() + "\" cannot be decoded";
            }
        }
        return new Decoded(image, data.width(), data.height());
    }

    /** OpenPDF's image (perhaps a smaller copy ImageIO decoded) and the picture's size in pixels. */
    private record Decoded(Image image, int width, int height) {
    }
}
