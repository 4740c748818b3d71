package dev.hindsight.input.importing;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.Extras;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action items from a table (task, owner, priority, due, status, type and ticket columns in any
 * order, named as people name them) or from a list ("Update access controls (owner: Kim, P2,
 * due 2026-01-15)", "- [x] Add an alert"). Words that fit no column are kept in the details.
 */
final class ActionItemsReader {
    private static final Pattern META = Pattern.compile("\\h*[(\\[]([^()\\[\\]]*)[)\\]]\\h*$");
    private static final Pattern DASH_META = Pattern.compile(
            "(?i)\\h+[-\u2013\u2014]\\h+((?:owner|assignee|assigned to|due|priority|status|type|ticket)\\h*:.*)$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\h+");
    private static final Pattern TICKET = Pattern.compile("^(?:[A-Z][A-Z0-9]{1,9}-\\d+|https?://\\S+|#\\d+|(?i:bug)\\h*#?\\d+)$");
    private static final Pattern STATUS_WORD = Pattern.compile("(?:\\*\\*)?\\b(DONE|TODO|FIXED|WONTFIX|IN PROGRESS)\\b(?:\\*\\*)?");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\h*/?>");
    private static final Pattern MD_LINK = Pattern.compile("^\\[([^\\]]*)\\]\\(<?([^)>]*)>?\\)$");

    private ActionItemsReader() {
    }

    static List<ActionItem> table(Block.Table table) {
        ActionColumns c = ActionColumns.of(table.rows().get(0));
        List<ActionItem> items = new ArrayList<>();
        for (List<String> row : table.rows().subList(1, table.rows().size())) {
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            items.add(row(c, row));
        }
        return items;
    }

    private static ActionItem row(ActionColumns c, List<String> row) {
        List<String> parts = new ArrayList<>(List.of(HTML_BREAK.split(cell(row, c.title), -1)));
        String title = TextLines.plain(parts.remove(0));
        String link = cell(row, c.link);
        if (c.link < 0 && !parts.isEmpty()) {
            Matcher md = MD_LINK.matcher(parts.get(parts.size() - 1).strip());
            String last = parts.get(parts.size() - 1).strip();
            if (md.matches() || TICKET.matcher(last).matches()) {
                link = md.matches() ? md.group(2) : last;
                parts.remove(parts.size() - 1);
            }
        }
        StringBuilder details = new StringBuilder(String.join("\n", parts).strip());
        appendTo(details, cell(row, c.details).replaceAll("(?i)<br\\h*/?>", "\n"));
        ActionItem item = ActionItem.blank().withTitle(title).withOwner(clean(cell(row, c.owner)));
        Meta meta = new Meta(item, details);
        meta.priority(cell(row, c.priority));
        meta.due(cell(row, c.due));
        meta.type(cell(row, c.type));
        String status = cell(row, c.status);
        Matcher inLink = STATUS_WORD.matcher(link);
        if (status.isEmpty() && inLink.find()) {
            status = inLink.group(1);
            link = inLink.replaceAll("").strip();
        }
        meta.status(status);
        meta.item = meta.item.withLink(clean(link));
        return meta.done();
    }

    /** An action item from a list item's text (its marker gone) and the lines under it. */
    static ActionItem listItem(String text, List<String> more) {
        String s = text.strip();
        ActionItem item = ActionItem.blank();
        Matcher box = CHECKBOX.matcher(s);
        if (box.find()) {
            item = item.withStatus(box.group(1).isBlank() ? ActionStatus.OPEN : ActionStatus.DONE);
            s = s.substring(box.end());
        }
        StringBuilder details = new StringBuilder();
        Meta meta = new Meta(item, details);
        Matcher m = META.matcher(s);
        if (m.find() && meta.tokens(m.group(1))) {
            s = s.substring(0, m.start()).strip();
        }
        Matcher dash = DASH_META.matcher(s);
        if (dash.find() && meta.tokens(dash.group(1))) {
            s = s.substring(0, dash.start()).strip();
        }
        Matcher word = STATUS_WORD.matcher(s);
        if (word.find() && meta.item.status().equals(ActionStatus.OPEN)) {
            meta.status(word.group(1));
            s = (s.substring(0, word.start()) + s.substring(word.end())).replaceAll("\\h{2,}", " ").strip()
                    .replaceAll("^[-:\u2013\u2014]\\h*|\\h*[-:\u2013\u2014]$", "");
        }
        String title = s;
        int colon = s.indexOf(": ");
        if (colon > 0 && colon <= 80 && !s.substring(0, colon).contains(".")) {
            title = s.substring(0, colon).strip();
            appendTo(details, s.substring(colon + 2).strip());
        }
        for (String line : TextLines.dedent(more)) {
            TextLines.Label label = TextLines.label(line, true);
            if (label == null || !meta.labelled(label)) {
                details.append(details.length() == 0 ? "" : "\n").append(line);
            }
        }
        meta.item = meta.item.withTitle(TextLines.plain(title));
        return meta.done();
    }

    private static void appendTo(StringBuilder details, String more) {
        if (!more.isBlank()) {
            details.append(details.length() == 0 ? "" : "\n\n").append(more.strip());
        }
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).strip() : "";
    }

    /** An empty-meaning cell ("n/a", "-", "none", "TBD") as empty. */
    private static String clean(String value) {
        String v = TextLines.plain(value);
        return v.matches("(?i)n/?a|-+|\u2014|none|tbd|tba|\\?|unassigned|nobody") ? "" : v;
    }

    /** The facts of one item being read, and its details, where words that fit nothing are kept. */
    private static final class Meta {
        ActionItem item;
        final StringBuilder details;

        Meta(ActionItem item, StringBuilder details) {
            this.item = item;
            this.details = details;
        }

        /** Reads "owner: Kim, P2, due 2026-01-15"; false when no token is a fact (then it is words). */
        boolean tokens(String list) {
            String[] tokens = list.split("[,;]");
            List<String> unread = new ArrayList<>();
            int read = 0;
            for (String token : tokens) {
                if (token(token.strip())) {
                    read++;
                } else if (!token.isBlank()) {
                    unread.add(token.strip());
                }
            }
            if (read == 0) {
                return false;
            }
            if (!unread.isEmpty()) {
                appendTo(details, String.join(", ", unread));
            }
            return true;
        }

        private boolean token(String t) {
            TextLines.Label label = TextLines.label(t, false);
            if (label != null && labelled(label)) {
                return true;
            }
            Matcher due = Pattern.compile("(?i)^(?:due|by|until|before)\\h+(.+)$").matcher(t);
            if (due.matches() && date(due.group(1)).isPresent()) {
                item = item.withDue(date(due.group(1)).get());
                return true;
            }
            if (t.startsWith("@") && t.length() > 1) {
                item = item.withOwner(t.substring(1));
                return true;
            }
            if (t.matches("(?i)p[0-3]")) {
                item = item.withPriority(Codes.priority(t).get());
                return true;
            }
            if (Codes.actionStatus(t).isPresent() && !t.isBlank()) {
                item = item.withStatus(Codes.actionStatus(t).get());
                return true;
            }
            if (Codes.actionType(t).isPresent()) {
                item = item.withType(Codes.actionType(t).get());
                return true;
            }
            if (TICKET.matcher(t).matches()) {
                item = item.withLink(t);
                return true;
            }
            return false;
        }

        /** A labelled fact ("Owner: Kim"); false when the label names none. */
        boolean labelled(TextLines.Label label) {
            String name = label.label().toLowerCase(Locale.ROOT).strip();
            String value = label.value();
            if (ActionColumns.OWNER.contains(name)) {
                item = item.withOwner(clean(value));
            } else if (ActionColumns.PRIORITY.contains(name)) {
                priority(value);
            } else if (ActionColumns.DUE.contains(name)) {
                due(value);
            } else if (ActionColumns.STATUS.contains(name)) {
                status(value);
            } else if (ActionColumns.TYPE.contains(name)) {
                type(value);
            } else if (ActionColumns.LINK.contains(name)) {
                item = item.withLink(clean(value));
            } else {
                return false;
            }
            return true;
        }

        void priority(String value) {
            if (!clean(value).isEmpty()) {
                Codes.priority(value).ifPresentOrElse(p -> item = item.withPriority(p),
                        () -> appendTo(details, "Priority: " + value));
            }
        }

        void due(String value) {
            if (!clean(value).isEmpty()) {
                date(value).ifPresentOrElse(d -> item = item.withDue(d), () -> appendTo(details, "Due: " + value));
            }
        }

        void status(String value) {
            if (!clean(value).isEmpty()) {
                Codes.actionStatus(value).ifPresentOrElse(s -> item = item.withStatus(s),
                        () -> appendTo(details, "Status: " + value));
            }
        }

        void type(String value) {
            if (!clean(value).isEmpty()) {
                Codes.actionType(value).ifPresentOrElse(t -> item = item.withType(t),
                        () -> appendTo(details, "Type: " + value));
            }
        }

        ActionItem done() {
            return item.withDetails(details.toString().strip());
        }
    }

    private static Optional<LocalDate> date(String text) {
        return LooseTimes.firstDate(text.strip());
    }
}
