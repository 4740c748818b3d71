package dev.hindsight.input.importing;

import dev.hindsight.picture.PictureLimits;
import dev.hindsight.picture.Pictures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (what Word and Google Docs save as .docx) as the section reader's blocks, with
 * Apache POI: paragraphs in Heading or Title styles as headings, list paragraphs as Markdown list
 * items, bold, italic and links kept, tables as tables, pictures as images written into the text
 * ({@link DataImages}). Loaded only when a .docx is imported.
 */
public final class DocxBlocks {
    /** A .docx is a ZIP archive; 32 MiB of it is far more than any postmortem's words. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DocxBlocks.class.getName());

    private DocxBlocks() {
    }

    /** What a .docx may unpack to, all its parts together: a long postmortem with photos is a few MiB. */
    static final long MAX_UNPACKED_BYTES = 128L * 1024 * 1024;
    private static final int MAX_PARTS = 2_000;
    /** One part (word/document.xml, a picture) may unpack to this; POI refuses one over 100,000,000 bytes. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    public static List<Block> read(byte[] bytes, String name) throws ImportRefusedException {
        DocumentText.checkSize(bytes.length, name, MAX_BYTES);
        checkUnpacked(bytes, name);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> out = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(doc, p, out);
                } else if (element instanceof XWPFTable t) {
                    table(t, out);
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> name + ": POI refused it: " + e);
            throw DocxRefusals.of(name, e);
        }
    }

    /**
     * Refuses a ZIP bomb before POI reads it (POI keeps every part in memory): the parts are
     * inflated once, counted and thrown away, and the count stops at the limit.
     */
    private static void checkUnpacked(byte[] bytes, String name) throws ImportRefusedException {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw DocxRefusals.notRead(name, String.format(Locale.ROOT, "it holds more than %,d parts",
                            MAX_PARTS));
                }
                long part = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    part += n;
                    if (part > MAX_PART_BYTES) {
                        throw DocxRefusals.notRead(name, String.format(Locale.ROOT, "its part %s unpacks to over "
                                + "%,d MiB, far more than a postmortem", dev.hindsight.format.Names.shown(entry.getName()),
                                MAX_PART_BYTES >> 20));
                    }
                    if (total > MAX_UNPACKED_BYTES) {
                        throw DocxRefusals.notRead(name, String.format(Locale.ROOT, "it unpacks to far more than a "
                                + "postmortem (over %,d MiB from %,d bytes)", MAX_UNPACKED_BYTES >> 20, bytes.length));
                    }
                }
            }
        } catch (IOException e) {
            // Not a ZIP archive Java can read: POI says what it is below.
            LOG.fine(() -> name + ": ZIP scan stopped: " + e);
        }
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph p, List<Block> out) {
        String text = runs(p).strip();
        if (text.isEmpty()) {
            out.add(new Block.Line(""));
            return;
        }
        int level = headingLevel(doc, p);
        if (level > 0) {
            out.add(new Block.Heading(level, text.replace("\n", " ")));
            return;
        }
        if (p.getNumID() != null) {
            int depth = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String format = p.getNumFmt() == null ? "bullet" : p.getNumFmt();
            String marker = format.equals("bullet") || format.equals("none") ? "- " : "1. ";
            out.add(new Block.Line("  ".repeat(depth) + marker + text.replace("\n", " ")));
            return;
        }
        for (String line : text.split("\n")) {
            out.add(new Block.Line(line));
        }
        out.add(new Block.Line(""));
    }

    /** 1 to 6 for a paragraph in a Title or Heading style (by id or by name), else 0. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        String name = id;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        String s = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.equals("title")) {
            return 1;
        }
        if (s.startsWith("heading") && s.length() > 7 && Character.isDigit(s.charAt(7))) {
            return Math.min(6, s.charAt(7) - '0');
        }
        return 0;
    }

    private static String runs(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            List<String> descriptions = descriptions(run);
            List<XWPFPicture> pictures = run.getEmbeddedPictures();
            for (int i = 0; i < pictures.size(); i++) {
                sb.append(picture(pictures.get(i), i < descriptions.size() ? descriptions.get(i) : null));
            }
            String t = run.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            String s = escape(t);
            if (run instanceof XWPFHyperlinkRun link) {
                var target = link.getHyperlink(p.getDocument());
                String url = target == null ? "" : target.getURL();
                if (dev.hindsight.markdown.Markdown.isSafeLink(url)) {
                    s = "[" + s + "](<" + url.replace(">", "%3E") + ">)";
                }
            }
            if (!s.isBlank()) {
                if (run.isBold()) {
                    s = wrap("**", s);
                }
                if (run.isItalic()) {
                    s = wrap("_", s);
                }
            }
            sb.append(s);
        }
        return sb.toString().replace("****", "").replace("\t", " ");
    }

    /**
     * A picture of the document as an image written into the text ({@link DataImages}), which import
     * brings into the report as any picture; one larger than a picture may be, as its description.
     */
    private static String picture(XWPFPicture picture, String description) {
        XWPFPictureData data = picture.getPictureData();
        String alt = description != null && !description.isBlank() ? description
                : picture.getDescription() == null ? "" : picture.getDescription();
        alt = alt.replace('\n', ' ').replace('\r', ' ').strip();
        String described = escape(alt).replace("[", "\\[").replace("]", "\\]");
        if (data == null || data.getPackagePart() == null) {
            // a picture linked to a file or an address (Word's "Link to File"): never read or fetched
            return ImageReference.notBroughtIn(described, "a linked picture, not held in the document");
        }
        long size = data.getPackagePart().getSize();
        if (size > PictureLimits.MAX_BYTES) {
            return ImageReference.notBroughtIn(described, "it holds " + Pictures.megabytes(size)
                    + "; a picture may hold at most " + Pictures.megabytes(PictureLimits.MAX_BYTES));
        }
        return "![" + described + "](" + DataImages.address(data.getData(), data.getPackagePart().getContentType()) + ")";
    }

    /** The alt texts of a run's drawings, in order: what Word's "Alt Text" sets (the drawing's description). */
    private static List<String> descriptions(XWPFRun run) {
        List<String> out = new ArrayList<>();
        for (var drawing : run.getCTR().getDrawingList()) {
            drawing.getInlineList().forEach(i -> out.add(i.getDocPr() == null ? null : i.getDocPr().getDescr()));
            drawing.getAnchorList().forEach(a -> out.add(a.getDocPr() == null ? null : a.getDocPr().getDescr()));
        }
        return out;
    }

    private static String wrap(String mark, String s) {
        String lead = s.startsWith(" ") ? " " : "";
        String trail = s.endsWith(" ") ? " " : "";
        return lead + mark + s.strip() + mark + trail;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("<", "\\<").replace("`", "\\`");
    }

    private static void table(XWPFTable table, List<Block> out) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> lines = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String t = runs(p).strip();
                    if (!t.isEmpty()) {
                        lines.add(p.getNumID() != null ? "- " + t : t);
                    }
                }
                cells.add(String.join("<br>", lines));
            }
            rows.add(cells);
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(rows, rows.size() > 1));
        }
    }

}
