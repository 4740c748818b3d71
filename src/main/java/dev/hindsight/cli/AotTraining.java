package dev.hindsight.cli;

import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.platform.Logs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training run of the command-line launcher's ahead-of-time cache (JDK 25,
 * {@code -XX:AOTCacheOutput}; decision 0029): runs what users run most on one report in one
 * JVM, headless, writing into a scratch folder, so the cache holds the classes and profiles
 * of {@code validate}, {@code check}, {@code show}, {@code export} (one file and a batch),
 * {@code diff}, {@code stats}, {@code actions}, {@code format} and the help, on the shipped report
 * and on a long one made of it. Run by the package's
 * install script ({@code integrate.sh aot}); its output is discarded there.
 * Usage: {@code java -cp ... dev.hindsight.cli.AotTraining REPORT SCRATCH_DIR}.
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AotTraining REPORT SCRATCH_DIR");
            System.exit(HindsightCommand.USAGE);
        }
        Logs.useLogFile(); // as Main does: the log's classes belong in the cache too
        List<String> failed = run(args[0], Path.of(args[1]));
        if (!failed.isEmpty()) {
            System.err.println("hindsight: the training run's " + String.join(", ", failed) + " failed");
        }
        System.exit(failed.isEmpty() ? 0 : HindsightCommand.REFUSED);
    }

    /** Events in the long report the training makes: past {@code check}'s parallel threshold, as CI's reports are. */
    static final int LONG_EVENTS = 1_000;

    /**
     * Runs each command as users and CI do: on {@code report}, and on a long report made of it
     * ({@value #LONG_EVENTS} events: the check's parallel path, the PDF's many pages, which a short
     * report never reaches); the commands that did not exit 0 (or 1 for {@code check}'s findings).
     */
    static List<String> run(String report, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        String pdf = scratch.resolve("training.pdf").toString();
        String md = scratch.resolve("training.md").toString();
        String json = scratch.resolve("training.json").toString();
        String longReport = longReport(report, scratch.resolve("long.postmortem.json"));
        String batch = scratch.resolve("batch").toString();
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"--version"},
                new String[] {"--help"},
                new String[] {"validate", report},
                new String[] {"check", "--format", "json", report},
                new String[] {"check", report},
                new String[] {"show", report},
                new String[] {"export", report, "--pdf", pdf, "--md", md},
                new String[] {"stats", "--format", "json", report},
                new String[] {"actions", report}));
        if (longReport != null) {
            commands.addAll(List.of(
                    new String[] {"validate", longReport},
                    new String[] {"check", longReport},
                    new String[] {"check", "--format", "json", longReport},
                    new String[] {"diff", report, longReport},
                    new String[] {"export", report, longReport, "--out-dir", batch, "--pdf", "--md", "--html"},
                    new String[] {"format", scratch.resolve("long.postmortem.json").toString()}));
        }
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        List<String> failed = new ArrayList<>();
        if (longReport == null) {
            failed.add("the long report");
        }
        for (String[] command : commands) {
            dev.hindsight.Main.class.getName(); // as the launcher starts: its main class belongs in the cache
            int exit = CommandNames.isCommandLine(command) ? HindsightCommand.run(command, quiet, quiet) : -1;
            boolean ok = exit == 0 || (exit == HindsightCommand.REFUSED && command[0].equals("check"))
                    || (exit == HindsightCommand.REFUSED && command[0].equals("diff"));
            if (!ok) {
                failed.add(String.format(Locale.ROOT, "%s (exit %d)", command[0], exit));
            }
        }
        return failed;
    }

    /**
     * {@code report} with its timeline's events repeated, a minute apart, to {@value #LONG_EVENTS},
     * saved as {@code to}; null when the report cannot be read or has no events (the short
     * commands' failures then say why).
     */
    static String longReport(String report, Path to) {
        try {
            Report r = new ReportReader().read(Path.of(report)).report();
            if (r.timeline().isEmpty()) {
                return null;
            }
            Instant start = r.timeline().get(0).at() != null ? r.timeline().get(0).at() : Instant.parse("2024-01-01T00:00:00Z");
            List<TimelineEntry> events = new ArrayList<>(LONG_EVENTS);
            for (int i = 0; i < LONG_EVENTS; i++) {
                TimelineEntry e = r.timeline().get(i % r.timeline().size());
                // every tenth with a link, as people write them: Markdown's link parsing belongs in the cache
                String text = i % 10 == 9 ? e.text() + " ([dashboard](https://example.com/d/" + i + "))" : e.text();
                events.add(new TimelineEntry(start.plusSeconds(60L * i), e.kind(), text, e.extras()));
            }
            Files.write(to, new ReportEncoder().encode(r.builder().timeline(events).build()));
            return to.toString();
        } catch (ReportFormatException | IOException | RuntimeException e) {
            return null;
        }
    }
}
