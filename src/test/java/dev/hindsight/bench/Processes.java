package dev.hindsight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Whole processes run and timed from the outside: wall time from start to exit, output kept in a log. */
final class Processes {
    private static final long TIMEOUT_MINUTES = 10;

    /** A finished process: its wall time and what it printed (standard output and error together). */
    record Finished(double millis, String output) {
    }

    private Processes() {
    }

    static Finished run(List<String> command, Map<String, String> environment, Path log) throws IOException,
            InterruptedException {
        return run(command, environment, log, 0);
    }

    /** As {@link #run(List, Map, Path)}, also taking {@code alsoFine} as a normal exit (1: some files refused). */
    static Finished run(List<String> command, Map<String, String> environment, Path log, int alsoFine)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": still running after " + TIMEOUT_MINUTES + " min");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 && process.exitValue() != alsoFine) {
            throw new IOException(String.join(" ", command) + ": exit " + process.exitValue() + "\n" + output);
        }
        return new Finished(millis, output);
    }

    /** The java of this JVM, with the flags JDK 24+ needs to run JavaFX 21 quietly. */
    static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 24) {
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        return command;
    }

    /** {@code java [FLAGS] -jar JAR export REPORT --pdf PDF}: the command line's export as users run it. */
    static List<String> export(Path jar, List<String> flags, Path report, Path pdf) {
        List<String> command = java();
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toString(), "export", report.toString(), "--pdf", pdf.toString()));
        return command;
    }

    /** {@code soffice --headless --convert-to pdf} of {@code files} into {@code outDir}, with its own profile folder. */
    static List<String> soffice(Path profile, Path outDir, List<String> files) {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString()));
        command.addAll(files);
        return command;
    }

    /** Whether {@code program} is on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
