package dev.hindsight.input.importing;

import dev.hindsight.input.ImportedRow;
import dev.hindsight.input.PastedRow;
import dev.hindsight.input.PastedText;
import dev.hindsight.input.TimelineText;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline section's text as timeline entries, through the paste's reader ({@link PastedText},
 * {@link TimelineText}): one reader of timeline text. What a document adds is tidied first: list
 * markers, bold times, a date written in words before the time, a line or heading that gives the
 * date ("2019-03-02 (times in UTC)") or the zone ("Times: America/Chicago"), and tables.
 */
final class TimelineReader {
    private static final Pattern BOLD_TIME = Pattern.compile("^(\\*\\*|__)([^*_]{3,40}?)(\\*\\*|__)");
    private static final Pattern DATE_THEN_BRACKET = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\h+\\[(.*)");
    private static final Pattern ZONE_NOTE = Pattern.compile("(?i)\\btimes?\\b|\\bzone\\b|^\\(?\\h*(?:all\\h+)?in\\h");
    private static final Pattern MISLEADING_MARK = Pattern.compile("^_\\(misleading\\)_\\h*");
    private static final Pattern ISO_DATE_FIRST = Pattern.compile("^\\[?(\\d{4}-\\d{1,2}-\\d{1,2})");
    private static final String UNTIMED_ITEM = "\u0000";

    /** What a timeline read gives: the entries, the zone it named, the lines kept elsewhere, what to tell. */
    record Result(List<TimelineEntry> entries, LooseTimes.StatedZone zone, List<String> leftover, List<String> notes,
                  LocalDate firstDate) {
    }

    private final List<String> notes = new ArrayList<>();
    private final List<String> leftover = new ArrayList<>();
    private LooseTimes.StatedZone zone;
    private LocalDate pendingDate;
    private LocalDate firstDate;

    private TimelineReader() {
    }

    /** Whether a part's text is a timeline whatever its heading says: mostly lines that start with a time. */
    static boolean isMostlyTimed(List<Block> body) {
        TimelineReader r = new TimelineReader();
        int lines = 0;
        int timed = 0;
        for (Block b : body) {
            if (b instanceof Block.Line line && !line.code() && !line.text().isBlank()) {
                lines++;
                timed += isTimed(r.tidy(line.text())) ? 1 : 0;
            }
        }
        return timed >= 3 && timed * 10 >= lines * 6;
    }

    /** The zone and date a timeline states, before any times are placed (they may set the report's zone). */
    static Result scan(List<Block> body, String headingNote) {
        TimelineReader r = new TimelineReader();
        r.note(headingNote);
        for (Block b : body) {
            if (b instanceof Block.Line line && !line.code() && r.isNote(line.text())) {
                r.note(line.text());
            }
        }
        return new Result(List.of(), r.zone, List.of(), List.of(), r.firstDate);
    }

    /**
     * Reads the entries, placing times in {@code zone} on {@code date} (the day of the outage, or
     * null when nothing says it: then today, and the notes say so).
     */
    static Result read(List<Block> body, String headingNote, ZoneId zone, LocalDate date) {
        TimelineReader r = new TimelineReader();
        r.note(headingNote);
        LocalDate day = r.pendingDate != null ? r.pendingDate : date;
        boolean today = day == null;
        int noteAt = r.notes.size();
        if (today) {
            day = LocalDate.now(zone);
        }
        r.pendingDate = r.pendingDate != null ? r.pendingDate : day;
        Instant previous = day.atStartOfDay(zone).toInstant();
        List<TimelineEntry> entries = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Table table) {
                previous = r.place(r.linesOf(lines), zone, previous, entries);
                lines.clear();
                previous = r.place(TimelineTableLines.of(table, r::withDate, r::note), zone, previous, entries);
            } else if (b instanceof Block.Line line) {
                lines.add(line.text());
            }
        }
        r.place(r.linesOf(lines), zone, previous, entries);
        LocalDate placedOn = day;
        // Said only when an event was put on today: rows that give their own dates need no correcting.
        if (today && entries.stream().anyMatch(e -> e.at() != null && e.at().atZone(zone).toLocalDate().equals(placedOn))) {
            r.notes.add(noteAt, "the document gives no date for the timeline: its times were placed on " + day
                    + " (today); correct the dates");
        }
        long missing = entries.stream().filter(e -> e.at() == null).count();
        if (missing > 0) {
            r.notes.add(missing + (missing == 1 ? " timeline event has" : " timeline events have")
                    + " no time that could be read: fill it in on the Timeline tab");
        }
        return new Result(entries, r.zone, r.leftover, r.notes, r.firstDate);
    }

    private Instant place(List<String> lines, ZoneId zoneId, Instant previous, List<TimelineEntry> out) {
        if (lines.isEmpty()) {
            return previous;
        }
        // An item of a list without a time is an event of its own (the paste joins such a line to
        // the row above); the lines between such items are read together, as pasted.
        List<PastedRow> rows = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(UNTIMED_ITEM)) {
                rows.addAll(run.isEmpty() ? List.of() : PastedText.parse(String.join("\n", run)));
                run.clear();
                rows.addAll(PastedText.parse(l.substring(1)));
            } else {
                run.add(l);
            }
        }
        rows.addAll(run.isEmpty() ? List.of() : PastedText.parse(String.join("\n", run)));
        Instant last = previous;
        for (ImportedRow row : TimelineText.place(rows, zoneId, previous)) {
            TimelineEntry e = row.entry();
            if (EntryKind.MISLEADING.equals(e.kind())) {
                e = e.withText(MISLEADING_MARK.matcher(e.text()).replaceFirst(""));
            }
            out.add(e);
            if (e.at() != null) {
                last = e.at();
            }
        }
        return last;
    }

    /** The lines of a run of text, tidied for the paste's reader; untimed lines before the first time kept apart. */
    private List<String> linesOf(List<String> raw) {
        List<String> out = new ArrayList<>();
        boolean timedSeen = false;
        boolean anyTimed = raw.stream().anyMatch(l -> isTimed(tidy(l)));
        for (String line : raw) {
            if (line.isBlank() || line.strip().matches("_?(Not written yet\\.|None yet\\.)_?")) {
                continue;
            }
            if (isNote(line)) {
                note(line);
                continue;
            }
            String tidy = tidy(line);
            boolean timed = isTimed(tidy);
            if (!timed && !timedSeen && !(TextLines.isListItem(line) && !anyTimed)) {
                leftover.add(line);
                continue;
            }
            if (!timed && TextLines.isListItem(line) && (!anyTimed || !Character.isWhitespace(line.charAt(0)))) {
                // An item of the list itself, not one nested under a timed item, which continues it.
                out.add(UNTIMED_ITEM + tidy);
                continue;
            }
            timedSeen |= timed;
            out.add(timed ? withDate(tidy) : tidy);
        }
        return out;
    }

    static boolean isTimed(String line) {
        List<PastedRow> rows = PastedText.parse(line);
        return rows.size() == 1 && !rows.get(0).timeText().isEmpty();
    }

    /** The line as the paste reads it: no list marker, no bold around the time, a written date as 2024-06-10. */
    private String tidy(String line) {
        String s = TextLines.withoutListMarker(line.strip()).strip();
        Matcher bold = BOLD_TIME.matcher(s);
        if (bold.find()) {
            s = bold.group(2) + s.substring(bold.end());
        }
        List<LooseTimes.FoundDate> dates = LooseTimes.dates(s, pendingDate == null ? 0 : pendingDate.getYear());
        if (!dates.isEmpty() && dates.get(0).start() == 0 && !s.matches("^\\d{4}-\\d{1,2}-\\d{1,2}.*")) {
            String rest = s.substring(dates.get(0).end()).replaceFirst("^[,\\h]+", "");
            if (isTimed(rest)) {
                s = dates.get(0).date() + " " + rest;
            }
        }
        // "2024-06-10 [10:04 AM] kim: …" as the chat log line it is: "[2024-06-10 10:04 AM] kim: …"
        Matcher bracketed = DATE_THEN_BRACKET.matcher(s);
        if (bracketed.matches() && isTimed("[" + bracketed.group(1) + " " + bracketed.group(2))) {
            s = "[" + bracketed.group(1) + " " + bracketed.group(2);
        }
        return s;
    }

    /** A timed line with the date the lines above gave, unless it has its own. */
    private String withDate(String line) {
        Matcher iso = ISO_DATE_FIRST.matcher(line);
        if (iso.find()) {
            LooseTimes.firstDate(iso.group(1)).ifPresent(this::seen);
            pendingDate = null;
            return line;
        }
        if (pendingDate != null) {
            String dated = line.startsWith("[") ? "[" + pendingDate + " " + line.substring(1) : pendingDate + " " + line;
            seen(pendingDate);
            pendingDate = null;
            return dated;
        }
        return line;
    }

    private void seen(LocalDate date) {
        if (firstDate == null) {
            firstDate = date;
        }
    }

    /** A line that only gives a date or the zone of the lines below: "2019-03-02 (times in UTC)", "Times: CET". */
    private boolean isNote(String line) {
        String s = TextLines.plain(TextLines.withoutListMarker(line.strip()));
        if (s.isEmpty() || isTimed(tidy(s))) {
            return false;
        }
        List<LooseTimes.FoundDate> dates = LooseTimes.dates(s, 0);
        boolean zoneNote = ZONE_NOTE.matcher(s).find() && LooseTimes.zone(s).isPresent();
        boolean dateLine = !dates.isEmpty() && s.length() - (dates.get(0).end() - dates.get(0).start()) <= 40
                && wordsBeside(s.substring(0, dates.get(0).start()) + " " + s.substring(dates.get(0).end())) < 2;
        return s.length() <= 160 && (zoneNote || dateLine);
    }

    /** Words that only frame a date or a zone ("Monday, 10 June 2024 (all times in UTC)"). */
    private static final java.util.Set<String> FRAMING = java.util.Set.of("times", "time", "all", "in", "are", "local",
            "zone", "on", "the", "day", "date", "st", "nd", "rd", "th", "am", "pm", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            "sun");

    /**
     * How many words beside a line's date say something else than frame it or name a zone: a line
     * with such words ("10 June 2024 deploy went out") is an event to keep, not a note to read.
     */
    private static int wordsBeside(String rest) {
        int words = 0;
        for (String w : rest.replaceAll("[A-Za-z_]+/[A-Za-z_/+-]+", " ").split("[^\\p{L}]+")) {
            boolean zoneName = w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
            if (w.length() >= 2 && !zoneName && !FRAMING.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                words++;
            }
        }
        return words;
    }

    private void note(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (ZONE_NOTE.matcher(text).find() || text.matches(".*\\b(UTC|GMT)\\b.*")) {
            LooseTimes.zone(text).ifPresent(z -> {
                if (zone == null) {
                    zone = z;
                }
            });
        }
        List<LooseTimes.FoundDate> dates = LooseTimes.dates(text, 0);
        if (!dates.isEmpty()) {
            pendingDate = dates.get(0).date();
            seen(pendingDate);
        }
    }
}
