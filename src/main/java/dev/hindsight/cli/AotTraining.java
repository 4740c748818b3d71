package dev.hindsight.cli;

import dev.hindsight.platform.Logs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training run of the command-line launcher's ahead-of-time cache (JDK 25,
 * {@code -XX:AOTCacheOutput}; decision 0029): runs what users run most on one report in one
 * JVM, headless, writing into a scratch folder, so the cache holds the classes and profiles
 * of {@code validate}, {@code check}, {@code show} and {@code export}. Run by the package's
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

    /** Runs each command on {@code report}; the commands that did not exit 0 (or 1 for {@code check}'s findings). */
    static List<String> run(String report, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        String pdf = scratch.resolve("training.pdf").toString();
        String md = scratch.resolve("training.md").toString();
        List<String[]> commands = List.of(
                new String[] {"--version"},
                new String[] {"validate", report},
                new String[] {"check", "--format", "json", report},
                new String[] {"check", report},
                new String[] {"show", report},
                new String[] {"export", report, "--pdf", pdf, "--md", md});
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        List<String> failed = new ArrayList<>();
        for (String[] command : commands) {
            int exit = HindsightCommand.run(command, quiet, quiet);
            boolean ok = exit == 0 || (exit == HindsightCommand.REFUSED && command[0].equals("check"));
            if (!ok) {
                failed.add(String.format(Locale.ROOT, "%s (exit %d)", command[0], exit));
            }
        }
        return failed;
    }
}
