package dev.hindsight.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task that addresses the incident. {@code type}, {@code due} and {@code priority} may be
 * null; {@code title} is inline Markdown and {@code details} block Markdown.
 */
public record ActionItem(String title, String details, ActionType type, String owner, LocalDate due,
                         Priority priority, ActionStatus status, String link, Extras extras) {

    public ActionItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(extras, "extras");
    }

    public static ActionItem blank() {
        return new ActionItem("", "", null, "", null, null, ActionStatus.OPEN, "", Extras.NONE);
    }

    public ActionItem withTitle(String v) {
        return new ActionItem(v, details, type, owner, due, priority, status, link, extras);
    }

    public ActionItem withDetails(String v) {
        return new ActionItem(title, v, type, owner, due, priority, status, link, extras);
    }

    public ActionItem withType(ActionType v) {
        return new ActionItem(title, details, v, owner, due, priority, status, link, extras);
    }

    public ActionItem withOwner(String v) {
        return new ActionItem(title, details, type, v, due, priority, status, link, extras);
    }

    public ActionItem withDue(LocalDate v) {
        return new ActionItem(title, details, type, owner, v, priority, status, link, extras);
    }

    public ActionItem withPriority(Priority v) {
        return new ActionItem(title, details, type, owner, due, v, status, link, extras);
    }

    public ActionItem withStatus(ActionStatus v) {
        return new ActionItem(title, details, type, owner, due, priority, v, link, extras);
    }

    public ActionItem withLink(String v) {
        return new ActionItem(title, details, type, owner, due, priority, status, v, extras);
    }
}
