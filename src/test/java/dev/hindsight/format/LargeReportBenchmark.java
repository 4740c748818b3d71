package dev.hindsight.format;

import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How long opening and saving a 60 MB report takes, and the heap it needs: run by
 * {@code scripts/bench-large-report.sh}, never as a unit test. Prints one line per round.
 */
public final class LargeReportBenchmark {
    private LargeReportBenchmark() {
    }

    static Report large(int entries) {
        List<TimelineEntry> timeline = new ArrayList<>();
        String text = "The primary database stopped answering; failover did not start because ".repeat(40);
        for (int i = 0; i < entries; i++) {
            timeline.add(new TimelineEntry(Instant.ofEpochSecond(1_700_000_000L + i * 60L), EntryKind.NOTE,
                    i + ": " + text, Extras.NONE));
        }
        return Report.blank().withTitle("A long night").withTimeline(timeline);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("hindsight-bench");
        Path file = dir.resolve("large.postmortem.json");
        ReportFiles files = new ReportFiles();
        Report report = large(20_000);
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            files.save(report, null, file);
            long t1 = System.nanoTime();
            Report read = files.open(file).report();
            long t2 = System.nanoTime();
            System.out.printf("round %d: %,d bytes, save %d ms, open %d ms, %d timeline entries%n", round,
                    Files.size(file), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, read.timeline().size());
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap used %,d MB (max %,d MB), Java %s%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        Files.delete(file);
        Files.delete(dir);
    }
}
