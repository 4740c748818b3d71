package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Renders a block Markdown field into PDF blocks, from the shared parse: paragraphs, headings,
 * nested lists, code blocks, quotes, tables, rules; raw HTML as text. Lists are flattened into
 * indented blocks rather than nested tables, so a long list breaks across pages like text.
 */
final class PdfProse {
    private static final float PARAGRAPH_SPACE = 6;
    private static final float TIGHT_SPACE = 2;
    private static final float BULLET_WIDTH = 12;
    private static final float NUMBER_WIDTH = 20;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final Typesetter type;
    private final float width;
    private final String field;
    private final List<Element> out = new ArrayList<>();

    private PdfProse(Typesetter type, float width, String field) {
        this.type = type;
        this.width = width;
        this.field = field;
    }

    /** The blocks of {@code markdown} for a column {@code width} points wide; "Not written yet." when blank. */
    static List<Element> render(String markdown, Typesetter type, float width, String field, TextStyle style) {
        PdfProse prose = new PdfProse(type, width, field);
        if (markdown.isBlank()) {
            prose.text(type.phrase(Sections.NOT_WRITTEN, style.italic().color(PdfLook.MUTED), field),
                    PdfWriter.RUN_DIRECTION_LTR, 0, PARAGRAPH_SPACE);
        } else {
            prose.blocks(Markdown.parseBlock(markdown), 0, style, 0, PARAGRAPH_SPACE);
        }
        return prose.out;
    }

    private void blocks(Node parent, float indent, TextStyle style, int depth, float space) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, indent, style, depth, space);
        }
    }

    private void block(Node node, float indent, TextStyle style, int depth, float space) {
        if (node instanceof Paragraph) {
            text(PdfInline.render(node, type, style, field), Direction.of(PdfInline.plainText(node)), indent, space);
        } else if (node instanceof Heading heading) {
            float size = heading.getLevel() == 1 ? 13 : heading.getLevel() == 2 ? 11.5f : style.size();
            Phrase phrase = PdfInline.render(heading, type, style.bold().size(size), field);
            PdfPTable table = PdfBlocks.block(PdfBlocks.cell(phrase, Direction.of(PdfInline.plainText(heading))),
                    width, indent, 3);
            table.setSpacingBefore(4);
            table.setKeepTogether(true);
            out.add(table);
        } else if (node instanceof ListBlock list) {
            list(list, indent, style, depth);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral(), indent, style);
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), indent, style);
        } else if (node instanceof BlockQuote) {
            quote(node, indent, style, depth);
        } else if (node instanceof ThematicBreak) {
            out.add(PdfBlocks.rule(width, indent, PdfLook.RULE));
        } else if (node instanceof HtmlBlock html) {
            String literal = html.getLiteral().strip();
            text(type.phrase(literal, style, field), Direction.of(literal), indent, space);
        } else if (node instanceof TableBlock table) {
            table(table, indent, style);
        } else {
            blocks(node, indent, style, depth, space);
        }
    }

    private void text(Phrase phrase, int direction, float indent, float space) {
        out.addAll(PdfBlocks.blocks(phrase, direction, width, indent, space));
    }

    private void list(ListBlock list, float indent, TextStyle style, int depth) {
        float space = list.isTight() ? TIGHT_SPACE : PARAGRAPH_SPACE;
        boolean ordered = list instanceof OrderedList;
        int number = ordered && ((OrderedList) list).getMarkerStartNumber() != null
                ? ((OrderedList) list).getMarkerStartNumber() : 1;
        String delimiter = ordered && ((OrderedList) list).getMarkerDelimiter() != null
                ? ((OrderedList) list).getMarkerDelimiter() : ".";
        float markerWidth = ordered ? NUMBER_WIDTH : BULLET_WIDTH;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? BULLETS[Math.min(depth, BULLETS.length - 1)]
                    : (number++) + delimiter;
            listItem((ListItem) item, marker, indent, markerWidth, style, depth, space);
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof PdfPTable last) {
            last.setSpacingAfter(Math.max(last.spacingAfter(), depth == 0 ? PARAGRAPH_SPACE : TIGHT_SPACE));
        }
    }

    private void listItem(ListItem item, String marker, float indent, float markerWidth, TextStyle style, int depth,
                          float space) {
        Node first = item.getFirstChild();
        Phrase markerPhrase = type.phrase(marker, style, field);
        Node rest = first;
        if (first instanceof Paragraph) {
            PdfPCell text = PdfBlocks.cell(PdfInline.render(first, type, style, field),
                    Direction.of(PdfInline.plainText(first)));
            out.add(PdfBlocks.marked(markerPhrase, text, width, indent, markerWidth, space));
            rest = first.getNext();
        } else {
            out.add(PdfBlocks.marked(markerPhrase, PdfBlocks.cell(type.phrase(" ", style, field), PdfWriter.RUN_DIRECTION_LTR),
                    width, indent, markerWidth, 0));
        }
        for (Node node = rest; node != null; node = node.getNext()) {
            block(node, indent + markerWidth, style, depth + 1, space);
        }
    }

    private void code(String literal, float indent, TextStyle style) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        PdfPCell cell = PdfBlocks.cell(type.phrase(text, style.face(PdfFonts.Face.MONO).size(PdfLook.SMALL), field),
                PdfWriter.RUN_DIRECTION_LTR);
        cell.setBackgroundColor(PdfLook.CODE_BACKGROUND);
        cell.setPadding(6);
        cell.setLeading(0, 1.25f);
        out.add(PdfBlocks.block(cell, width, indent, PARAGRAPH_SPACE));
    }

    private void quote(Node quote, float indent, TextStyle style, int depth) {
        float inner = width - indent - 12;
        PdfProse nested = new PdfProse(type, inner, field);
        nested.blocks(quote, 0, style.color(PdfLook.MUTED), depth, PARAGRAPH_SPACE);
        int direction = Direction.of(PdfInline.plainText(quote));
        PdfPCell cell = PdfBlocks.composite(direction);
        cell.setBorder(direction == PdfWriter.RUN_DIRECTION_RTL ? Rectangle.RIGHT : Rectangle.LEFT);
        cell.setBorderColor(PdfLook.RULE);
        cell.setBorderWidth(2.5f);
        cell.setPaddingLeft(direction == PdfWriter.RUN_DIRECTION_RTL ? 0 : 10);
        cell.setPaddingRight(direction == PdfWriter.RUN_DIRECTION_RTL ? 10 : 0);
        nested.out.forEach(cell::addElement);
        out.add(PdfBlocks.block(cell, width, indent, PARAGRAPH_SPACE));
    }

    private void table(TableBlock block, float indent, TextStyle style) {
        List<TableRow> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add((TableRow) row);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        int columns = 0;
        for (TableRow row : rows) {
            int n = 0;
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                n++;
            }
            columns = Math.max(columns, n);
        }
        if (columns == 0) {
            return;
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(Math.max(10, 100 * (width - indent) / width));
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setHeaderRows(headerRows);
        table.setSpacingAfter(PARAGRAPH_SPACE);
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            int n = 0;
            for (Node c = rows.get(r).getFirstChild(); c != null; c = c.getNext(), n++) {
                TableCell source = (TableCell) c;
                PdfPCell cell = PdfBlocks.cell(PdfInline.render(source, type, header ? style.bold() : style, field),
                        Direction.of(PdfInline.plainText(source)));
                cell.setBorder(Rectangle.BOX);
                cell.setBorderColor(PdfLook.RULE);
                cell.setBorderWidth(0.5f);
                cell.setPadding(4);
                if (header) {
                    cell.setBackgroundColor(PdfLook.HEADER_BACKGROUND);
                }
                if (source.getAlignment() == TableCell.Alignment.RIGHT) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                } else if (source.getAlignment() == TableCell.Alignment.CENTER) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(cell);
            }
            for (; n < columns; n++) {
                table.addCell(PdfBlocks.cell(type.phrase(" ", style, field), PdfWriter.RUN_DIRECTION_LTR));
            }
        }
        out.add(table);
    }
}
