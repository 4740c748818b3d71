package dev.hindsight.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.EntryKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Chat lines as people paste them (many time formats, speakers, kind words anywhere in the
 * sentence): the time is always read, and the words after the time are kept exactly; only a
 * kind written as a label right after the time is taken out of them (docs/decisions/0009).
 */
class PastedChatLinesTest {
    private static final long SEED = 0x5EED_0013L;
    private static final int CASES = 4000;

    /** A word that suggests a kind, and the kind it suggests. */
    private static final Map<String, EntryKind> HINTS = Map.ofEntries(
            Map.entry("misleading path", EntryKind.MISLEADING), Map.entry("Misleading path", EntryKind.MISLEADING),
            Map.entry("a red herring", EntryKind.MISLEADING), Map.entry("misleading", EntryKind.MISLEADING),
            Map.entry("MISLEADING", EntryKind.MISLEADING), Map.entry("ruled out", EntryKind.MISLEADING),
            Map.entry("mitigation", EntryKind.MITIGATION), Map.entry("rolled back", EntryKind.MITIGATION),
            Map.entry("Mitigation", EntryKind.MITIGATION), Map.entry("escalated", EntryKind.ESCALATION),
            Map.entry("escalation", EntryKind.ESCALATION), Map.entry("resolved", EntryKind.RESOLUTION),
            Map.entry("resolution", EntryKind.RESOLUTION), Map.entry("detected", EntryKind.DETECTION),
            Map.entry("detection", EntryKind.DETECTION), Map.entry("investigation", EntryKind.INVESTIGATION),
            Map.entry("root cause", EntryKind.INVESTIGATION), Map.entry("acknowledged", EntryKind.RESPONSE),
            Map.entry("responded", EntryKind.RESPONSE), Map.entry("note", EntryKind.NOTE), Map.entry("Note", EntryKind.NOTE));
    /** Words that suggest no kind. */
    private static final List<String> FILLER = List.of("that", "was", "a", "disk", "is", "fine", "the", "db", "honestly",
            "again", "ok", "so", "¿qué?", "100%", "x:y", "a,b", "😅", "ça", "va", "テスト", "(maybe)", "\"quoted\"",
            "[link]", "#ops", "@here", "v4.2", "a—b");
    private static final List<String> SPEAKERS = List.of("", "kim: ", "Kim Lee: ", "<kim> ", "@kim: ", "kim - ",
            "Ana María: ", "金: ", "kim.o'brien: ", "[kim] ", "kim (SRE): ");
    /** What follows a kind word in the sentence; ": " right after the time is a label, "," bare a column. */
    private static final List<String> AFTER_HINT = List.of(" ", ", ", " - ", "; ", ": ", "! ", "... ", ",");
    private static final List<String> SPACES_BEFORE_MERIDIEM = List.of("", " ", "\u00A0", "\u202F");
    private static final List<String> WRAPPERS = List.of("[T] ", "[T]", "(T) ", "T ", "T - ", "T: ", "T | ", "T \u2014 ",
            "[T] - ", "T, ", "T\t", "  T  ", "T,");

    private record Expected(LocalTime local, LocalDate date, Instant instant) {
    }

    private record Time(String text, Expected expected) {
    }

    @Test
    void theTimeIsReadAndTheWordsAreKeptExactly() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Time time = time(random);
            String wrapper = pick(random, WRAPPERS);
            String speaker = pick(random, SPEAKERS);
            List<String> words = new ArrayList<>();
            int length = 2 + random.nextInt(7);
            for (int w = 0; w < length; w++) {
                words.add(pick(random, FILLER));
            }
            String hint = pick(random, new ArrayList<>(HINTS.keySet()).stream().sorted().toList());
            int position = random.nextInt(words.size() + 1);
            String after = pick(random, AFTER_HINT);
            String sentence = sentence(words, hint, position, after);
            String line = wrapper.replace("T", time.text()) + speaker + sentence;

            List<PastedRow> rows = PastedText.parse(line);
            String label = "case " + i + ": \u00ab" + line + "\u00bb";
            assertThat(rows).as(label).hasSize(1);
            PastedRow row = rows.get(0);
            assertThat(row.timeError()).as(label).isNull();
            assertThat(row.time()).as(label).isNotNull();
            if (time.expected().instant() != null) {
                assertThat(row.time().instant()).as(label).isEqualTo(time.expected().instant());
            } else {
                assertThat(row.time().time()).as(label).isEqualTo(time.expected().local());
                assertThat(row.time().date()).as(label).isEqualTo(time.expected().date());
            }

            boolean labelled = speaker.isEmpty() && position == 0 && isLabel(hint, after, wrapper);
            String words0 = (speaker + sentence).strip();
            if (labelled) {
                String rest = sentence.substring(hint.length() + after.length()).strip();
                assertThat(row.text()).as(label + " (a label: not words)").isEqualTo(rest);
                assertThat(row.kind()).as(label).isEqualTo(HINTS.get(hint));
                assertThat(row.kindGiven()).as(label).isTrue();
            } else {
                assertThat(row.text()).as(label).isEqualTo(words0);
                assertThat(row.kind()).as(label).isEqualTo(HINTS.get(hint));
            }
            List<ImportedRow> placed = TimelineText.place(rows, ZoneOffset.UTC, Instant.parse("2024-06-10T00:00:00Z"));
            assertThat(placed.get(0).problem()).as(label).isFalse();
            assertThat(placed.get(0).entry().text()).as(label).isEqualTo(row.text());
            assertThat(placed.get(0).entry().at()).as(label).isNotNull();
        }
    }

    @Test
    void theLineFromTheIssueKeepsItsTimeAndWords() {
        for (String line : List.of("[2:40 PM] kim: that was a misleading path, disk is fine",
                "[2:40\u202FPM] kim: honestly, misleading path, disk is fine",
                "[2:40 PM] kim: well, misleading, disk is fine")) {
            List<ImportedRow> rows = TimelineText.place(PastedText.parse(line), ZoneOffset.UTC,
                    Instant.parse("2024-06-10T14:00:00Z"));
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.entry().at()).isEqualTo(Instant.parse("2024-06-10T14:40:00Z"));
                assertThat(r.entry().text()).isEqualTo(line.substring(line.indexOf("kim:")));
                assertThat(r.entry().kind()).isEqualTo(EntryKind.MISLEADING);
                assertThat(r.problem()).isFalse();
            });
        }
    }

    private static boolean isLabel(String hint, String after, String wrapper) {
        boolean named = KindGuesser.named(hint).isPresent();
        return named && (after.equals(": ") || (after.equals(",") && wrapper.equals("T,")));
    }

    private static String sentence(List<String> words, String hint, int position, String after) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            if (w == position) {
                out.append(hint).append(after);
            }
            out.append(words.get(w)).append(' ');
        }
        if (position == words.size()) {
            out.append(hint).append(after);
        }
        return out.toString().strip();
    }

    private static Time time(Random random) {
        int h = random.nextInt(24);
        int m = random.nextInt(60);
        int s = random.nextInt(60);
        int h12 = h % 12 == 0 ? 12 : h % 12;
        String meridiem = pick(random, h < 12 ? List.of("AM", "am", "a.m.", "A.M.") : List.of("PM", "pm", "p.m.", "P.M."));
        String space = pick(random, SPACES_BEFORE_MERIDIEM);
        LocalTime minutes = LocalTime.of(h, m);
        LocalTime seconds = LocalTime.of(h, m, s);
        LocalDate day = LocalDate.of(2024, 6, 10);
        return switch (random.nextInt(9)) {
            case 0 -> new Time(String.format(Locale.ROOT, "%d:%02d", h, m), new Expected(minutes, null, null));
            case 1 -> new Time(String.format(Locale.ROOT, "%02d:%02d", h, m), new Expected(minutes, null, null));
            case 2 -> new Time(String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s), new Expected(seconds, null, null));
            case 3 -> new Time(String.format(Locale.ROOT, "%d:%02d", h12, m) + space + meridiem,
                    new Expected(minutes, null, null));
            case 4 -> new Time(String.format(Locale.ROOT, "%d:%02d:%02d", h12, m, s) + space + meridiem,
                    new Expected(seconds, null, null));
            case 5 -> new Time(String.format(Locale.ROOT, "2024-06-10 %02d:%02d", h, m), new Expected(minutes, day, null));
            case 6 -> new Time(String.format(Locale.ROOT, "2024-06-10 %d:%02d", h12, m) + space + meridiem,
                    new Expected(minutes, day, null));
            case 7 -> new Time(String.format(Locale.ROOT, "2024-06-10T%02d:%02d:%02dZ", h, m, s),
                    new Expected(null, null, Instant.parse(String.format(Locale.ROOT, "2024-06-10T%02d:%02d:%02dZ", h, m, s))));
            default -> new Time(String.format(Locale.ROOT, "2024-06-10T%02d:%02d:%02d+02:00", h, m, s),
                    new Expected(null, null, day.atTime(seconds).toInstant(ZoneOffset.ofHours(2))));
        };
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
