package dev.hindsight.format;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The child of {@link SaveKillTest}: saves version after version of a report to one file
 * through the real save path, saying {@code start N} before and {@code done N} after each save,
 * until it is killed. {@code SaveLoop FILE FIRST [COUNT]}.
 */
public final class SaveLoop {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TITLE = "Kill test, version ";

    private SaveLoop() {
    }

    /** Version {@code n}: its number in the title and a timeline that grows and shrinks from 1 to 60 entries. */
    static Report version(long n) {
        List<TimelineEntry> timeline = new ArrayList<>();
        int entries = (int) (n % 60) + 1;
        for (int i = 0; i < entries; i++) {
            String text = "Entry " + i + " of version " + n + ": " + "everything went fine until it did. ".repeat(1 + (i + (int) n) % 12);
            timeline.add(new TimelineEntry(NOW.minusSeconds(3600L * (entries - i)), EntryKind.NOTE, text, Extras.NONE));
        }
        return Report.blank().withTitle(TITLE + n).withTimeline(timeline);
    }

    /** The exact bytes a save of version {@code n} writes. */
    static byte[] bytes(long n) {
        return new ReportEncoder().encode(SaveStamps.stamp(version(n), null, NOW));
    }

    /** The version number of a report saved by this loop. */
    static long versionOf(Report report) {
        if (!report.title().startsWith(TITLE)) {
            throw new IllegalArgumentException("not a report of the save loop: " + report.title());
        }
        return Long.parseLong(report.title().substring(TITLE.length()));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long first = Long.parseLong(args[1]);
        long last = args.length > 2 ? first + Long.parseLong(args[2]) - 1 : Long.MAX_VALUE;
        // Duration.ZERO: the kill test proves that the lock alone keeps a live temporary file safe.
        ReportFiles files = new ReportFiles(new ReportReader(), new AtomicFileWriter(AtomicFileWriter.NONE,
                Duration.ZERO), Clock.fixed(NOW, ZoneOffset.UTC));
        PrintStream out = System.out;
        for (long n = first; n <= last; n++) {
            Report report = version(n);
            out.println("start " + n);
            out.flush();
            files.save(report, null, file);
            out.println("done " + n);
            out.flush();
        }
    }
}
