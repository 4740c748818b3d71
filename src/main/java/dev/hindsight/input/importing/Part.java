package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of the document being read: where it goes, the heading it had (null for the text
 * before the first one), its heading level (the one it inherits when it began with a label), and
 * the blocks under it. {@code byHeading} when it began with a heading or a label alone on its line.
 */
final class Part {
    /** The note of a part that began with a letter's sign-off ("Sincerely,"), which stays in its text. */
    static final String SIGN_OFF = "sign-off";

    final Target target;
    final List<Target> targets;
    final String heading;
    final int level;
    final boolean byHeading;
    final String note;
    final List<Block> body = new ArrayList<>();

    Part(List<Target> targets, String heading, int level, boolean byHeading, String note) {
        this.target = targets.get(0);
        this.targets = List.copyOf(targets);
        this.heading = heading;
        this.level = level;
        this.byHeading = byHeading;
        this.note = note == null ? "" : note;
    }

    /** The lines of text under the heading, tables left out. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Line line) {
                out.add(line.text());
            }
        }
        return out;
    }

    /** The body as Markdown: its lines, and its tables as pipe tables. */
    String markdown() {
        List<String> out = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Line line) {
                out.add(line.text());
            } else if (b instanceof Block.Table table) {
                out.addAll(pipeTable(table));
            } else if (b instanceof Block.Heading h) {
                out.add("#".repeat(Math.max(1, Math.min(6, h.level()))) + " " + h.text());
            }
        }
        return TextLines.text(out);
    }

    static List<String> pipeTable(Block.Table table) {
        List<String> out = new ArrayList<>();
        out.add("");
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c).replace("|", "\\|").replace("\n", "<br>") : "";
                line.append(' ').append(cell).append(" |");
            }
            out.add(line.toString());
            if (r == 0) {
                out.add("|" + "---|".repeat(Math.max(1, columns)));
            }
        }
        out.add("");
        return out;
    }

    boolean isEmpty() {
        // What markdown() would make blank, without making it (a table of 100,000 rows is a lot of text).
        for (Block b : body) {
            if (b instanceof Block.Line line && !line.text().isBlank()
                    || b instanceof Block.Table table && !table.rows().isEmpty() || b instanceof Block.Heading) {
                return false;
            }
        }
        return true;
    }

    /** The heading as the preview names it. */
    String shown() {
        return heading == null ? "Text before the first heading" : "\u201C" + heading.strip() + "\u201D";
    }
}
