package dev.hindsight.export;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
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
    static final float PARAGRAPH_SPACE = 6;
    private static final float TIGHT_SPACE = 2;
    private static final float BULLET_WIDTH = 12;
    private static final float NUMBER_WIDTH = 20;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private static final float QUOTE_STEP = 12;
    /** However deep lists and quotes nest, text keeps at least this share of the column. */
    private static final float MAX_INDENT_SHARE = 0.5f;

    private final Typesetter type;
    private final float width;
    private final String field;
    private final List<Element> out = new ArrayList<>();
    /** For each block of {@link #out}: the quotes it is in (ids), to draw their bars once all blocks are known. */
    private final List<Nesting> nestings = new ArrayList<>();
    private int quotes;

    private PdfProse(Typesetter type, float width, String field) {
        this.type = type;
        this.width = width;
        this.field = field;
    }

    /**
     * Where a block sits: its indentation as the nesting asks ({@code raw}) and the quotes around
     * it, each with its id and the indentation it starts at. What is drawn is capped, never the text.
     */
    private record Nesting(float raw, int[] quoteIds, float[] quoteStarts) {
        static final Nesting TOP = new Nesting(0, new int[0], new float[0]);

        Nesting deeper(float by) {
            return new Nesting(raw + by, quoteIds, quoteStarts);
        }

        Nesting quote(int id) {
            int[] ids = java.util.Arrays.copyOf(quoteIds, quoteIds.length + 1);
            float[] starts = java.util.Arrays.copyOf(quoteStarts, quoteStarts.length + 1);
            ids[ids.length - 1] = id;
            starts[starts.length - 1] = raw;
            return new Nesting(raw + QUOTE_STEP, ids, starts);
        }
    }

    /** The blocks of {@code markdown} for a column {@code width} points wide; "Not written yet." when blank. */
    static List<Element> render(String markdown, Typesetter type, float width, String field, TextStyle style) {
        PdfProse prose = new PdfProse(type, width, field);
        if (markdown.isBlank()) {
            prose.text(type.phrase(Sections.NOT_WRITTEN, style.italic().color(PdfLook.MUTED), field),
                    PdfWriter.RUN_DIRECTION_LTR, Nesting.TOP, PARAGRAPH_SPACE);
        } else {
            prose.blocks(Markdown.parseBlock(markdown), Nesting.TOP, style, 0, PARAGRAPH_SPACE);
        }
        prose.drawQuoteBars();
        return prose.out;
    }

    private float indent(Nesting nesting) {
        return Math.min(nesting.raw(), width * MAX_INDENT_SHARE);
    }

    private void add(Element element, Nesting nesting) {
        out.add(element);
        nestings.add(nesting);
    }

    private void blocks(Node parent, Nesting nesting, TextStyle style, int depth, float space) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, nesting, style, depth, space);
        }
    }

    private void block(Node node, Nesting nesting, TextStyle style, int depth, float space) {
        float indent = indent(nesting);
        if (node instanceof Paragraph paragraph) {
            for (Node piece : PictureReferences.pieces(paragraph)) {
                piece(piece, nesting, style, space);
            }
        } else if (node instanceof Heading heading) {
            float size = heading.getLevel() == 1 ? 13 : heading.getLevel() == 2 ? 11.5f : style.size();
            Phrase phrase = PdfInline.render(heading, type, style.bold().size(size), field);
            PdfPTable table = PdfBlocks.block(PdfBlocks.cell(phrase, Direction.of(PdfInline.plainText(heading))),
                    width, indent, 3);
            table.setSpacingBefore(4);
            table.setKeepTogether(true);
            add(table, nesting);
        } else if (node instanceof ListBlock list) {
            list(list, nesting, style, depth);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral(), nesting, style);
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), nesting, style);
        } else if (node instanceof BlockQuote) {
            blocks(node, nesting.quote(quotes++), style.color(PdfLook.MUTED), depth, PARAGRAPH_SPACE);
        } else if (node instanceof ThematicBreak) {
            add(PdfBlocks.rule(width, indent, PdfLook.RULE), nesting);
        } else if (node instanceof HtmlBlock html) {
            String literal = html.getLiteral().strip();
            text(type.phrase(literal, style, field), Direction.of(literal), nesting, space);
        } else if (node instanceof TableBlock table) {
            PdfPTable shown = PdfProseTable.of(table, type, width, indent, style, field);
            if (shown != null) {
                add(shown, nesting);
            }
        } else {
            blocks(node, nesting, style, depth, space);
        }
    }

    /** A paragraph's text, or a picture it shows as a block of its own. */
    private void piece(Node piece, Nesting nesting, TextStyle style, float space) {
        if (piece instanceof Image image) {
            add(type.pictures().block(image.getDestination(), PictureReferences.altText(image), type, width,
                    indent(nesting), field), nesting);
        } else {
            text(PdfInline.render(piece, type, style, field), Direction.of(PdfInline.plainText(piece)), nesting, space);
        }
    }

    private void text(Phrase phrase, int direction, Nesting nesting, float space) {
        for (PdfPTable block : PdfBlocks.blocks(phrase, direction, width, indent(nesting), space)) {
            add(block, nesting);
        }
    }

    private void list(ListBlock list, Nesting nesting, TextStyle style, int depth) {
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
            listItem((ListItem) item, marker, nesting, markerWidth, style, depth, space);
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof PdfPTable last) {
            last.setSpacingAfter(Math.max(last.spacingAfter(), depth == 0 ? PARAGRAPH_SPACE : TIGHT_SPACE));
        }
    }

    private void listItem(ListItem item, String marker, Nesting nesting, float markerWidth, TextStyle style, int depth,
                          float space) {
        Node first = item.getFirstChild();
        Phrase markerPhrase = type.phrase(marker, style, field);
        Node rest = first;
        float indent = indent(nesting);
        List<Node> shown = first instanceof Paragraph paragraph ? PictureReferences.pieces(paragraph) : List.of();
        if (shown.size() > 1 || shown.size() == 1 && shown.get(0) != first) {
            // Pictures in the item's first paragraph: its first text beside the marker, the rest below.
            Node lead = shown.get(0) instanceof Paragraph ? shown.get(0) : null;
            add(PdfBlocks.marked(markerPhrase, PdfBlocks.cell(lead == null ? type.phrase(" ", style, field)
                    : PdfInline.render(lead, type, style, field), lead == null ? PdfWriter.RUN_DIRECTION_LTR
                    : Direction.of(PdfInline.plainText(lead))), width, indent, markerWidth, TIGHT_SPACE), nesting);
            for (Node piece : shown.subList(lead == null ? 0 : 1, shown.size())) {
                piece(piece, nesting.deeper(markerWidth), style, space);
            }
            rest = first.getNext();
        } else if (first instanceof Paragraph) {
            Phrase text = PdfInline.render(first, type, style, field);
            int direction = Direction.of(PdfInline.plainText(first));
            List<Phrase> pieces = PdfBlocks.pieces(text, PdfBlocks.PIECE);
            add(PdfBlocks.marked(markerPhrase, PdfBlocks.cell(pieces.get(0), direction), width, indent, markerWidth,
                    pieces.size() == 1 ? space : 0), nesting);
            for (int i = 1; i < pieces.size(); i++) {
                add(PdfBlocks.block(PdfBlocks.cell(pieces.get(i), direction), width, indent + markerWidth,
                        i == pieces.size() - 1 ? space : 0), nesting);
            }
            rest = first.getNext();
        } else {
            add(PdfBlocks.marked(markerPhrase, PdfBlocks.cell(type.phrase(" ", style, field), PdfWriter.RUN_DIRECTION_LTR),
                    width, indent, markerWidth, 0), nesting);
        }
        for (Node node = rest; node != null; node = node.getNext()) {
            block(node, nesting.deeper(markerWidth), style, depth + 1, space);
        }
    }

    private void code(String literal, Nesting nesting, TextStyle style) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        PdfPCell cell = PdfBlocks.cell(type.phrase(text, style.face(PdfFonts.Face.MONO).size(PdfLook.SMALL), field),
                PdfWriter.RUN_DIRECTION_LTR);
        cell.setBackgroundColor(PdfLook.CODE_BACKGROUND);
        cell.setPadding(6);
        cell.setLeading(0, 1.25f);
        add(PdfBlocks.block(cell, width, indent(nesting), PARAGRAPH_SPACE), nesting);
    }

    /** Each quoted block gets the bars of its quotes; a bar runs on into the gap below when the next block is in its quote. */
    private void drawQuoteBars() {
        for (int i = 0; i < out.size(); i++) {
            Nesting nesting = nestings.get(i);
            if (nesting.quoteIds().length == 0 || !(out.get(i) instanceof PdfPTable table)) {
                continue;
            }
            Nesting next = i + 1 < out.size() ? nestings.get(i + 1) : Nesting.TOP;
            float cap = width * MAX_INDENT_SHARE - QUOTE_STEP;
            java.util.TreeMap<Float, Float> bars = new java.util.TreeMap<>();
            for (int q = 0; q < nesting.quoteIds().length; q++) {
                int id = nesting.quoteIds()[q];
                boolean continues = java.util.Arrays.stream(next.quoteIds()).anyMatch(n -> n == id);
                float x = Math.min(nesting.quoteStarts()[q], cap) + 1.5f;
                bars.merge(x, continues ? table.spacingAfter() : 0, Math::max);
            }
            float[] offsets = new float[bars.size()];
            float[] extensions = new float[bars.size()];
            int k = 0;
            for (java.util.Map.Entry<Float, Float> bar : bars.entrySet()) {
                offsets[k] = bar.getKey();
                extensions[k++] = bar.getValue();
            }
            boolean rtl = table.getHorizontalAlignment() == Element.ALIGN_LEFT;
            table.setTableEvent(new QuoteBars(offsets, extensions, rtl, indent(nesting)));
        }
    }
}
