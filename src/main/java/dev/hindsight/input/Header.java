package dev.hindsight.input;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The columns a header row names: where the time (or a date and a time), the kind and the text are. */
record Header(int date, int time, int kind, int text) {
    private static final Set<String> TIME = Set.of("time", "at", "when", "timestamp", "datetime", "date/time",
            "date and time", "date time", "time (utc)", "timestamp (utc)");
    private static final Set<String> DATE = Set.of("date", "day");
    private static final Set<String> KIND = Set.of("kind", "type", "category");
    private static final Set<String> TEXT = Set.of("text", "event", "what happened", "description", "message",
            "summary", "details", "note", "notes");

    static Optional<Header> of(List<String> fields) {
        int date = -1;
        int time = -1;
        int kind = -1;
        int text = -1;
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            if (TIME.contains(name) && time < 0) {
                time = i;
            } else if (DATE.contains(name) && date < 0) {
                date = i;
            } else if (KIND.contains(name) && kind < 0) {
                kind = i;
            } else if (TEXT.contains(name) && text < 0) {
                text = i;
            }
        }
        if (time < 0 && date >= 0) {
            time = date;
            date = -1;
        }
        return time >= 0 && text >= 0 ? Optional.of(new Header(date, time, kind, text)) : Optional.empty();
    }

    String time(List<String> f) {
        String t = get(f, time);
        String d = get(f, date);
        return d.isEmpty() ? t : (d + " " + t).strip();
    }

    String text(List<String> f) {
        return get(f, text);
    }

    Optional<String> kind(List<String> f) {
        String k = get(f, kind);
        return k.isEmpty() ? Optional.empty() : Optional.of(k);
    }

    private static String get(List<String> f, int index) {
        return index >= 0 && index < f.size() ? f.get(index).strip() : "";
    }
}
