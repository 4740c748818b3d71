package dev.hindsight.model;

import java.time.Instant;
import java.util.Objects;

/** One moment of the timeline; {@code at} is null while not yet known, {@code text} is inline Markdown. */
public record TimelineEntry(Instant at, EntryKind kind, String text, Extras extras) {

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extras, "extras");
    }

    public TimelineEntry(Instant at, EntryKind kind, String text) {
        this(at, kind, text, Extras.NONE);
    }

    public static TimelineEntry blank() {
        return new TimelineEntry(null, EntryKind.NOTE, "");
    }

    public TimelineEntry withAt(Instant newAt) {
        return new TimelineEntry(newAt, kind, text, extras);
    }

    public TimelineEntry withKind(EntryKind newKind) {
        return new TimelineEntry(at, newKind, text, extras);
    }

    public TimelineEntry withText(String newText) {
        return new TimelineEntry(at, kind, newText, extras);
    }
}
