package dev.hindsight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The application image that {@code mvn -Pdist package} builds ({@code target/dist/image/Hindsight}),
 * made as a package installs it: the package's install script ({@code integrate.sh aot}) makes
 * the window's and the command line's ahead-of-time caches at the image's own paths, as it does in {@code /opt/hindsight}. Its launchers are then measured
 * as whole processes: {@code bin/hindsight-cli} (what {@code /usr/bin/hindsight} runs) and
 * {@code bin/Hindsight} (the window's).
 */
final class Installed {
    static final String CLI = "hindsight-cli";
    static final String WINDOW = "Hindsight";

    private final Path image;

    private Installed(Path image) {
        this.image = image;
    }

    /** The image made ready to measure, or null (said to {@code skipped}) when there is none. */
    static Installed prepare(Path image, Path logs, Consumer<String> say, Consumer<String> skipped)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(image.resolve("bin").resolve(CLI))) {
            skipped.accept("installed launcher: skipped, no application image with bin/" + CLI + " at " + image
                    + " (build it with JAVA_HOME=/path/to/jdk-25 mvn -Pdist package -Ddist.installers=false)");
            return null;
        }
        Installed installed = new Installed(image);
        Path script = image.resolve("lib/app/linux/integrate.sh");
        List<Path> caches = List.of(image.resolve("lib/app/hindsight.aot"), image.resolve("lib/app/" + CLI + ".aot"));
        if (!caches.stream().allMatch(Files::isRegularFile)) {
            say.accept("installed launcher: integrate.sh aot (what the package's install script does)");
            Processes.run(List.of("sh", script.toString(), "aot"), Map.of(), logs.resolve("integrate-aot.log"));
        }
        for (Path cache : caches) {
            if (!Files.isRegularFile(cache)) {
                skipped.accept("installed launcher: integrate.sh aot made no " + cache.getFileName()
                        + "; measured without it (see " + logs.resolve("integrate-aot.log") + ")");
            }
        }
        return installed;
    }

    /** {@code bin/NAME ARGS...}. */
    List<String> command(String launcher, String... args) {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("bin").resolve(launcher).toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code validate} and {@code check} of one report through the installed command line, as
     * whole processes, alternating, after {@code warmups} untimed rounds.
     */
    List<Row> validateAndCheck(Path report, Path logs, int warmups, int runs, Consumer<String> say)
            throws IOException, InterruptedException {
        say.accept("installed launcher: validate and check, " + warmups + " warm-up, " + runs + " runs");
        List<Double> validate = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            double v = Processes.run(command(CLI, "validate", report.toString()), Map.of(),
                    logs.resolve("installed-validate.log")).millis();
            double c = Processes.run(command(CLI, "check", report.toString()), Map.of(),
                    logs.resolve("installed-check.log")).millis();
            if (i >= warmups) {
                validate.add(v);
                check.add(c);
            }
        }
        String name = report.getFileName().toString();
        return List.of(
                Row.times("installed launcher", "hindsight validate (whole process)", name, new Stats(validate),
                        Target.atMostMillis(500), "bin/" + CLI + ": C1 only, AOT cache"),
                Row.times("installed launcher", "hindsight check (whole process)", name, new Stats(check),
                        Target.atMostMillis(500), "bin/" + CLI + "; spelling dictionary load included"));
    }
}
