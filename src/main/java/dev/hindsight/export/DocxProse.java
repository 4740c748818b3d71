package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import java.math.BigInteger;
import dev.hindsight.picture.PictureReferences;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * A report's Markdown fields as Word paragraphs, from the shared parse: headings in the Heading
 * styles, lists with Word numbering, code in a monospaced font, quotes indented, tables as Word
 * tables, raw HTML as text, links only to http, https and mailto, right-to-left paragraphs
 * marked as such for Arabic and Hebrew.
 */
final class DocxProse {
    static final String MONO = "Consolas";
    static final String MUTED = "57606A";
    private static final int LIST_INDENT = 720;
    private static final int QUOTE_INDENT = 560;

    private final DocxWriter doc;
    private final Supplier<XWPFParagraph> next;
    private final int headingShift;
    private final double widthPx;

    /**
     * {@code next} makes the next paragraph where the prose goes: the body, or a table cell
     * {@code widthPx} pixels wide (no picture is wider).
     */
    DocxProse(DocxWriter doc, Supplier<XWPFParagraph> next, int headingShift, double widthPx) {
        this.doc = doc;
        this.next = next;
        this.headingShift = headingShift;
        this.widthPx = widthPx;
    }

    void block(String markdown) {
        blocks(Markdown.parseBlock(markdown), 0, false);
    }

    /** An inline field into {@code p}, in bold when {@code bold}; its pictures at most {@code widthPx} wide. */
    static void inline(DocxWriter doc, XWPFParagraph p, String markdown, boolean bold, double widthPx) {
        new DocxInline(doc, p, bold, false, widthPx).children(Markdown.parseInline(markdown).getFirstChild());
        doc.direction(p, DocxWriter.text(Markdown.parseInline(markdown)));
    }

    private void blocks(Node parent, int depth, boolean quoted) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, depth, quoted);
        }
    }

    private void block(Node node, int depth, boolean quoted) {
        if (node instanceof Paragraph) {
            paragraph(node, quoted, null, 0);
        } else if (node instanceof Heading h) {
            XWPFParagraph p = next.get();
            p.setStyle(DocxStyles.heading(h.getLevel() + headingShift));
            new DocxInline(doc, p, false, false, widthPx).children(h.getFirstChild());
            doc.direction(p, DocxWriter.text(h));
        } else if (node instanceof ListBlock list) {
            list(list, depth, quoted);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral());
        } else if (node instanceof BlockQuote) {
            blocks(node, depth, true);
        } else if (node instanceof ThematicBreak) {
            XWPFParagraph p = next.get();
            p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        } else if (node instanceof HtmlBlock html) {
            XWPFParagraph p = next.get();
            doc.run(p, html.getLiteral().strip(), false, false, false);
            doc.direction(p, html.getLiteral());
        } else if (node instanceof TableBlock table) {
            table(table);
        } else {
            blocks(node, depth, quoted);
        }
    }

    /** A paragraph, cut where it shows pictures: each picture a paragraph of its own with its caption under it. */
    private void paragraph(Node node, boolean quoted, BigInteger numbering, int level) {
        List<Node> pieces = node instanceof Paragraph paragraph ? PictureReferences.pieces(paragraph) : List.of(node);
        for (int i = 0; i < pieces.size(); i++) {
            XWPFParagraph p = next.get();
            if (numbering != null && i == 0) {
                p.setNumID(numbering);
                p.setNumILvl(BigInteger.valueOf(level));
            } else if (numbering != null) {
                p.setIndentationLeft(LIST_INDENT * (level + 1));
            }
            if (quoted) {
                p.setIndentationLeft(p.getIndentationLeft() < 0 ? QUOTE_INDENT : p.getIndentationLeft() + QUOTE_INDENT);
            }
            if (pieces.get(i) instanceof Image image) {
                picture(p, image, quoted);
            } else {
                if (pieces.size() > 1) {
                    trimEnds(pieces.get(i));
                }
                new DocxInline(doc, p, false, quoted, widthPx).children(pieces.get(i).getFirstChild());
                doc.direction(p, DocxWriter.text(pieces.get(i)));
            }
        }
    }

    /** The spaces a piece of a paragraph cut around a picture starts or ends with, which Word would show. */
    private static void trimEnds(Node piece) {
        if (piece.getFirstChild() instanceof Text first) {
            first.setLiteral(first.getLiteral().stripLeading());
        }
        if (piece.getLastChild() instanceof Text last) {
            last.setLiteral(last.getLiteral().stripTrailing());
        }
    }

    /** A picture as a paragraph of its own, its alt text as a caption in the next; or what shows in its place. */
    private void picture(XWPFParagraph p, Image image, boolean quoted) {
        ShownImages.Shown shown = doc.images().of(image);
        if (!(shown instanceof ShownImages.Picture picture)) {
            new DocxInline(doc, p, false, quoted, widthPx).node(image);
            return;
        }
        doc.picture(p, picture, widthPx - Math.max(0, p.getIndentationLeft()) / 15.0);
        if (picture.alt().isBlank()) {
            return;
        }
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
        XWPFParagraph caption = next.get();
        if (p.getIndentationLeft() > 0) {
            caption.setIndentationLeft(p.getIndentationLeft());
        }
        caption.setSpacingAfter(160);
        XWPFRun run = doc.run(caption, picture.alt(), false, true, false);
        run.setFontSize(9);
        run.setColor(MUTED);
        doc.direction(caption, picture.alt());
    }

    private void list(ListBlock list, int depth, boolean quoted) {
        boolean ordered = list instanceof OrderedList;
        Integer start = ordered ? ((OrderedList) list).getMarkerStartNumber() : null;
        BigInteger numbering = doc.styles().newList(ordered, start == null ? 1 : start);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node first = item.getFirstChild();
            if (first instanceof Paragraph) {
                paragraph(first, quoted, numbering, depth);
                first = first.getNext();
            } else {
                XWPFParagraph p = next.get();
                p.setNumID(numbering);
                p.setNumILvl(BigInteger.valueOf(depth));
            }
            for (Node rest = first; rest != null; rest = rest.getNext()) {
                if (rest instanceof BulletList || rest instanceof OrderedList) {
                    list((ListBlock) rest, Math.min(5, depth + 1), quoted);
                } else {
                    block(rest, depth + 1, quoted);
                }
            }
        }
    }

    private void code(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        XWPFParagraph p = next.get();
        p.setSpacingAfter(120);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = doc.run(p, lines[i], false, false, true);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private void table(TableBlock block) {
        java.util.List<java.util.List<Node>> rows = new java.util.ArrayList<>();
        int headerRows = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                java.util.List<Node> cells = new java.util.ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    cells.add(c);
                }
                rows.add(cells);
                headerRows += section instanceof TableHead ? 1 : 0;
            }
        }
        int columns = rows.stream().mapToInt(java.util.List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        var table = doc.table(rows.size(), columns, headerRows);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                TableCell cell = (TableCell) rows.get(r).get(c);
                XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                new DocxInline(doc, p, r < headerRows, false, widthPx / columns).children(cell.getFirstChild());
                if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                } else if (cell.getAlignment() == TableCell.Alignment.CENTER) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                doc.direction(p, DocxWriter.text(cell));
            }
        }
    }
}
