package dev.hindsight.ui.window;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Code;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.platform.FontCoverage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Says once, in the status bar, which characters of the report no font on this machine can
 * show, instead of leaving boxes unexplained. The report's characters are gathered and checked
 * off the UI thread, a moment after the last change, against {@link FontCoverage}; where the
 * coverage cannot be known nothing is said.
 */
final class UnshownCharacters {
    static final long QUIET_MS = 400;
    /** The machine's fonts are scanned ({@code fc-list}) after the window's first frame (issue 18: start-up). */
    private static final ScheduledExecutorService WORKER = Executors.newSingleThreadScheduledExecutor(
            dev.hindsight.ui.support.FirstFrame.threads("hindsight-font-check"));

    private final Supplier<Optional<FontCoverage>> fonts;
    private final AtomicReference<Report> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");

    /** @param fonts the machine's font coverage; called off the UI thread, may take a while the first time */
    UnshownCharacters(ObservableValue<Report> report, Supplier<Optional<FontCoverage>> fonts) {
        this.fonts = fonts;
        report.addListener((o, before, now) -> changed(now));
        changed(report.getValue());
    }

    /** "3 characters cannot be shown", or empty. */
    ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Which characters, by code point and name, and which fonts to install. */
    ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }

    private void changed(Report report) {
        latest.set(report);
        if (scheduled.compareAndSet(false, true)) {
            WORKER.schedule(this::check, QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        scheduled.set(false);
        Report report = latest.get();
        List<Integer> missing = report == null ? List.of()
                : fonts.get().map(f -> missing(report, f)).orElse(List.of());
        if (!missing.isEmpty()) {
            Logger.getLogger(UnshownCharacters.class.getName()).fine(() -> missing.size()
                    + " characters of the report have no font, the first " + describe(missing.get(0)));
        }
        Platform.runLater(() -> show(missing));
    }

    private void show(List<Integer> missing) {
        if (missing.isEmpty()) {
            notice.set("");
            details.set("");
            return;
        }
        StringBuilder text = new StringBuilder("No font on this computer has these characters of the report, "
                + "so they show as boxes (the file keeps them as they are):\n");
        Map<String, List<Integer>> byScript = missing.stream().collect(Collectors.groupingBy(
                UnshownCharacters::script, LinkedHashMap::new, Collectors.toList()));
        byScript.forEach((script, chars) -> text.append('\n').append(script).append(": ")
                .append(chars.size() == 1 ? "" : chars.size() + " characters, such as ").append(describe(chars.get(0))));
        text.append("\n\nInstall fonts that have them. On Debian and Ubuntu: fonts-noto-core (most scripts), "
                + "fonts-noto-cjk (Chinese, Japanese, Korean), fonts-symbola (emoji).");
        // The details first: whoever sees the notice (a test polling off the JavaFX thread) finds them there.
        details.set(text.toString());
        notice.set(missing.size() == 1 ? "1 character cannot be shown" : missing.size() + " characters cannot be shown");
    }

    /** "Greek", "Han", "Devanagari"; "Symbols and emoji" for the characters of no one script. */
    static String script(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case COMMON -> "Symbols and emoji";
            case INHERITED -> "Combining marks";
            case UNKNOWN -> "Not in this Java's Unicode tables";
            default -> {
                String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        };
    }

    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X %s", codePoint, name == null ? "(no name in this Java's Unicode tables)"
                : name);
    }

    /** The distinct characters of {@code report} that need a glyph and that no font has, in code point order. */
    static List<Integer> missing(Report report, FontCoverage fonts) {
        BitSet seen = characters(report);
        List<Integer> missing = new ArrayList<>();
        for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) {
            if (FontCoverage.needsGlyph(c) && !fonts.covers(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** Every character the window can show of {@code report}: its texts and its codes' labels. */
    static BitSet characters(Report r) {
        BitSet seen = new BitSet(256);
        List<Object> texts = new ArrayList<>(Arrays.asList(r.title(), r.incidentId(), r.confidentiality(), r.timeZone(),
                r.rootCause(), r.resolution(), r.closingRemarks(), r.summary().impact(), r.summary().rootCause(),
                r.measures().improvements()));
        texts.addAll(r.authors());
        texts.add(r.severity());
        texts.add(r.status());
        for (TimelineEntry entry : r.timeline()) {
            texts.add(entry.text());
            texts.add(entry.kind());
        }
        for (ActionItem item : r.measures().actionItems()) {
            texts.addAll(Arrays.asList(item.title(), item.details(), item.owner(), item.link(), item.type(),
                    item.priority(), item.status()));
        }
        for (Object text : texts) {
            String s = text instanceof Code code ? code.label() : (String) text;
            if (s != null) {
                s.codePoints().forEach(seen::set);
            }
        }
        return seen;
    }
}
