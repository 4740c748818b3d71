package dev.hindsight.input.importing;

import java.util.List;

/**
 * One piece of a document as the section reader sees it, whatever the document was (Markdown,
 * text, HTML, Word): a heading, a line of Markdown text, or a table of cells (the first row its
 * header). Headings of level 1 to 6 are marked as headings by the document itself.
 */
public sealed interface Block permits Block.Heading, Block.Line, Block.Table {
    /** A heading the document marks as one ({@code #}, underlined, an HTML or Word heading). */
    record Heading(int level, String text) implements Block {
    }

    /** One line of Markdown; {@code code} for a line of a code block, which is never read for labels. */
    record Line(String text, boolean code) implements Block {
        public Line(String text) {
            this(text, false);
        }
    }

    /** A table's rows of cells, each cell inline Markdown; {@code headed} when the document marks row 1 a header. */
    record Table(List<List<String>> rows, boolean headed) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
