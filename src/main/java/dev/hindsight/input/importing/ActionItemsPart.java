package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The action items section of a document: its tables of items and its list items (with the
 * lines under each) become action items; other text before the last item goes to the measures,
 * text after it to the closing remarks.
 */
final class ActionItemsPart {
    private ActionItemsPart() {
    }

    static void read(Draft d, Part part) {
        List<String> prose = new ArrayList<>();
        List<String> after = new ArrayList<>();
        int before = d.actions.size();
        List<Block> body = part.body;
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b instanceof Block.Table table) {
                if (table.rows().size() > 1 && ActionColumns.isActionTable(table)) {
                    d.actions.addAll(ActionItemsReader.table(table));
                    prose.addAll(after);
                    after.clear();
                } else {
                    after.addAll(Part.pipeTable(table));
                }
                continue;
            }
            Block.Line line = (Block.Line) b;
            if (!line.code() && TextLines.isListItem(line.text()) && indent(line.text()) < 4) {
                int itemIndent = indent(line.text());
                List<String> more = new ArrayList<>();
                while (i + 1 < body.size() && body.get(i + 1) instanceof Block.Line next
                        && (next.text().isBlank() && i + 2 < body.size() && body.get(i + 2) instanceof Block.Line later
                        && indent(later.text()) > itemIndent && !later.text().isBlank()
                        || !next.text().isBlank() && indent(next.text()) > itemIndent)) {
                    more.add(next.text());
                    i++;
                }
                d.actions.add(ActionItemsReader.listItem(TextLines.withoutListMarker(line.text().strip()), more));
                prose.addAll(after);
                after.clear();
            } else {
                after.add(line.text());
            }
        }
        int added = d.actions.size() - before;
        if (added == 0) {
            prose.addAll(after);
            after.clear();
        }
        String text = PartReader.withoutPlaceholders(prose);
        if (!text.isBlank()) {
            d.append(Target.MEASURES, part.heading, text);
        }
        d.place(part.shown(), Target.ACTION_ITEMS.shown() + " (" + added + (added == 1 ? " item" : " items") + ")"
                + (text.isBlank() ? "" : "; its other text to " + Target.MEASURES.shown()));
        String closing = PartReader.withoutPlaceholders(after);
        if (!closing.isBlank()) {
            // Words after the last action item end the document more often than they add to the measures.
            d.append(Target.CLOSING, null, closing);
            d.place(part.shown() + " (text after the last item)", Target.CLOSING.shown());
        }
    }

    private static int indent(String line) {
        return line.replace("\t", "    ").length() - line.replace("\t", "    ").stripLeading().length();
    }
}
