package dev.hindsight.export;

import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A quick measure of PDF export time (not a test): {@code java -Xmx512m -cp ... ExportBenchmark
 * [events|report.json] [runs]}. Prints each run's time (and CPU time, steadier on a busy machine), the
 * page count and the heap in use after the runs.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "10000";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Report report = what.matches("\\d+") ? LargeReports.withEvents(Integer.parseInt(what))
                : new ReportReader().read(Path.of(what)).report();
        PdfExporter exporter = new PdfExporter();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ExportResult result = exporter.export(report, OutputStream.nullOutputStream(), ExportOptions.defaults(),
                    fraction -> { });
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            System.out.printf("run %d: %d ms (%d ms on this thread's CPU), %d pages%n", i + 1, millis, cpuMillis,
                    result.pages());
        }
        System.out.printf("heap in use at most %d MB of %d MB%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
