package dev.hindsight.input.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which column of an action items table holds what (-1 for none), by the words people head them
 * with; the same words name an item's facts in a list ("owner: Kim").
 */
final class ActionColumns {
    private static final Set<String> TITLE = Set.of("action item", "action items", "action", "actions", "task",
            "tasks", "item", "what", "follow-up", "follow up", "title", "summary", "description", "issue", "todo",
            "to do", "remediation", "corrective action", "improvement", "work item");
    static final Set<String> OWNER = Set.of("owner", "owners", "assignee", "assigned to", "who", "responsible",
            "team", "owner team", "dri");
    static final Set<String> PRIORITY = Set.of("priority", "prio", "p", "severity");
    static final Set<String> DUE = Set.of("due", "due date", "deadline", "by when", "target date", "eta",
            "when", "target", "date due", "due by");
    static final Set<String> STATUS = Set.of("status", "state", "done", "done?", "progress");
    static final Set<String> TYPE = Set.of("type", "category", "kind", "action type");
    static final Set<String> LINK = Set.of("ticket", "tickets", "bug", "bugs", "link", "issue link", "jira",
            "url", "tracking", "tracker", "reference", "ref", "tracking issue", "ticket id", "bug id", "issue #");
    private static final Set<String> DETAILS = Set.of("details", "notes", "note", "comments", "comment", "description",
            "why", "rationale");

    int title = -1;
    int owner = -1;
    int priority = -1;
    int due = -1;
    int status = -1;
    int type = -1;
    int link = -1;
    int details = -1;

    private ActionColumns() {
    }

    static ActionColumns of(List<String> header) {
        ActionColumns c = new ActionColumns();
        for (int i = 0; i < header.size(); i++) {
            String name = TextLines.plain(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("\\h+", " ").strip();
            if (OWNER.contains(name) && c.owner < 0) {
                c.owner = i;
            } else if (PRIORITY.contains(name) && c.priority < 0) {
                c.priority = i;
            } else if (DUE.contains(name) && c.due < 0) {
                c.due = i;
            } else if (STATUS.contains(name) && c.status < 0) {
                c.status = i;
            } else if (TYPE.contains(name) && c.type < 0) {
                c.type = i;
            } else if (LINK.contains(name) && c.link < 0) {
                c.link = i;
            } else if (TITLE.contains(name) && c.title < 0) {
                c.title = i;
            } else if (DETAILS.contains(name) && c.details < 0) {
                c.details = i;
            }
        }
        return c;
    }

    /** Whether a table's header names at least a task column and one other known column. */
    static boolean isActionTable(Block.Table table) {
        ActionColumns c = ActionColumns.of(table.rows().get(0));
        return c.title >= 0 && (c.owner >= 0 || c.priority >= 0 || c.due >= 0 || c.status >= 0 || c.link >= 0
                || c.type >= 0);
    }
}
