package dev.hindsight.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the real window with a report open, on a virtual X display: the time from JVM start
 * to the first frame (the application's own probe) and the whole process, from the jar without
 * and with a dynamic AppCDS archive made from the same jar, and from the installed launcher.
 * Runs alternate between them.
 */
final class StartupBench {
    private static final Pattern SHOWN = Pattern.compile("window shown (\\d+) ms after JVM start");

    private final Path jar;
    private final Path work;
    private final Path logs;
    private final int warmups;
    private final int runs;
    private final Installed installed;
    private final Path report;

    /**
     * Each run opens {@code report}; with {@code installed} (or null) the installed window's
     * launcher runs in the same rounds.
     */
    StartupBench(Path jar, Installed installed, Path report, Path work, Path logs, int warmups, int runs) {
        this.jar = jar;
        this.installed = installed;
        this.report = report;
        this.work = work;
        this.logs = logs;
        this.warmups = warmups;
        this.runs = runs;
    }

    /** Measures, telling progress to {@code say} and why a part was skipped to {@code skipped}. */
    List<Row> run(Consumer<String> say, Consumer<String> skipped) throws IOException, InterruptedException {
        if (!Processes.onPath("Xvfb") && System.getenv("DISPLAY") == null) {
            skipped.accept("start-up: skipped, no Xvfb and no DISPLAY to show a window on");
            return List.of();
        }
        Process xvfb = Processes.onPath("Xvfb") ? startXvfb() : null;
        try {
            String display = xvfb == null ? System.getenv("DISPLAY") : readDisplay(xvfb);
            return measure(Map.of("DISPLAY", display), say);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor();
            }
        }
    }

    private Process startXvfb() throws IOException {
        return new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectError(logs.resolve("xvfb.log").toFile()).start();
    }

    private static String readDisplay(Process xvfb) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            throw new IOException("Xvfb did not say which display it opened: " + number);
        }
        return ":" + number.strip();
    }

    private List<Row> measure(Map<String, String> env, Consumer<String> say) throws IOException,
            InterruptedException {
        Path archive = work.resolve("cds").resolve("hindsight.jsa");
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        say.accept("start-up: making the AppCDS archive " + archive);
        launch(List.of("-XX:ArchiveClassesAtExit=" + archive), env, "startup-dump");
        if (!Files.isRegularFile(archive)) {
            throw new IOException("no CDS archive was written; see " + logs.resolve("startup-dump.log"));
        }
        // the README's recipe: the archive and the quick compiler only (decision 0038)
        List<String> withArchive = List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive,
                "-Xshare:auto");
        List<Double> probePlain = new ArrayList<>();
        List<Double> wallPlain = new ArrayList<>();
        List<Double> probeCds = new ArrayList<>();
        List<Double> wallCds = new ArrayList<>();
        List<Double> probeInstalled = new ArrayList<>();
        List<Double> wallInstalled = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            say.accept("start-up: run " + (i + 1) + " of " + (warmups + runs));
            Processes.Finished plain = launch(List.of(), env, "startup-plain");
            Processes.Finished cds = launch(withArchive, env, "startup-cds");
            Processes.Finished window = installed == null ? null : launchInstalled(env);
            if (window != null && i >= warmups) {
                probeInstalled.add(shown(window));
                wallInstalled.add(window.millis());
            }
            if (i >= warmups) {
                probePlain.add(shown(plain));
                wallPlain.add(plain.millis());
                probeCds.add(shown(cds));
                wallCds.add(cds.millis());
            }
        }
        Target target = Target.atMostMillis(1300);
        String how = "java -jar, " + report.getFileName() + " open, Xvfb";
        List<Row> rows = new ArrayList<>(List.of(
                Row.times("start-up", "JVM start to window shown", "no archive", new Stats(probePlain), null, how),
                Row.times("start-up", "JVM start to window shown", "AppCDS archive", new Stats(probeCds), target,
                        how + ", -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile (README)"),
                Row.times("start-up", "whole process (launch to exit)", "no archive", new Stats(wallPlain), null,
                        "includes JVM exit"),
                Row.times("start-up", "whole process (launch to exit)", "AppCDS archive", new Stats(wallCds), null,
                        "includes JVM exit")));
        if (installed != null) {
            rows.add(Row.times("start-up", "JVM start to window shown", "installed launcher", new Stats(probeInstalled),
                    Target.atMostMillis(1000), "bin/" + Installed.WINDOW + " " + report.getFileName()
                            + ", its install-time AOT cache, Xvfb"));
            rows.add(Row.times("start-up", "whole process (launch to exit)", "installed launcher",
                    new Stats(wallInstalled), null, "includes the native launcher and JVM exit"));
        }
        return rows;
    }

    /** The installed window's launcher on {@code report}; the probe's property through the JVM's environment. */
    private Processes.Finished launchInstalled(Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> withProbe = new java.util.HashMap<>(env);
        withProbe.put("JAVA_TOOL_OPTIONS", "-Dhindsight.exitWhenShown=true -Dhindsight.config.dir="
                + work.resolve("home/config") + " -Dhindsight.data.dir=" + work.resolve("home/data"));
        return Processes.run(installed.command(Installed.WINDOW, report.toString()), withProbe,
                logs.resolve("startup-installed.log"));
    }

    private Processes.Finished launch(List<String> flags, Map<String, String> env, String name) throws IOException,
            InterruptedException {
        List<String> command = Processes.java();
        command.addAll(flags);
        command.add("-Dhindsight.exitWhenShown=true");
        command.add("-Dhindsight.config.dir=" + work.resolve("home/config"));
        command.add("-Dhindsight.data.dir=" + work.resolve("home/data"));
        command.add("-jar");
        command.add(jar.toString());
        command.add(report.toString());
        return Processes.run(command, env, logs.resolve(name + ".log"));
    }

    private static double shown(Processes.Finished run) throws IOException {
        Matcher m = SHOWN.matcher(run.output());
        if (!m.find()) {
            throw new IOException("the window did not report being shown:\n" + run.output());
        }
        return Double.parseDouble(m.group(1));
    }
}
