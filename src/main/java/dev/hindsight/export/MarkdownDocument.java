package dev.hindsight.export;

import java.io.IOException;
import java.io.Writer;

/** Lines of the Markdown export, with the few shapes it repeats: a section, a list item holding prose. */
final class MarkdownDocument {
    private final Writer out;
    private final MarkdownPictures pictures;

    MarkdownDocument(Writer out) {
        this(out, MarkdownPictures.NONE);
    }

    MarkdownDocument(Writer out, MarkdownPictures pictures) {
        this.out = out;
        this.pictures = pictures;
    }

    MarkdownPictures pictures() {
        return pictures;
    }

    void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    void blank() throws IOException {
        out.write('\n');
    }

    /** A {@code ##} section holding a block field, or saying it is not written yet. */
    void section(String title, String markdown) throws IOException {
        line("## " + title);
        blank();
        line(markdown.isBlank() ? "_" + Sections.NOT_WRITTEN + "_" : MarkdownProse.block(markdown, 2, pictures));
        blank();
    }

    /** A list item labelled in bold whose content is a block field, indented under the item when it has several lines. */
    void listItem(String label, String markdown) throws IOException {
        if (markdown.isBlank()) {
            line("- " + label + " " + TimeText.NONE);
            return;
        }
        String body = MarkdownProse.block(markdown, 3, pictures);
        if (!body.contains("\n")) {
            line("- " + label + " " + body);
            return;
        }
        line("- " + label);
        line("");
        for (String l : body.split("\n", -1)) {
            line(l.isEmpty() ? "" : "  " + l);
        }
        line("");
    }
}
