package dev.hindsight.bench;

import dev.hindsight.testing.GeneratedLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The library of 5,000 generated reports: {@code hindsight stats} as a whole process with
 * {@code -Xmx512m} (the first run, with an empty cache; again with nothing changed; again after
 * one report changed), the window's first open (every file read and indexed) and search while
 * typing, each in a 512 MB benchmark JVM.
 */
final class LibraryBench {
    static final int REPORTS = 5000;
    private static final long SEED = 17;
    private static final String HEAP = "512m";

    private final Path jar;
    private final Path work;
    private final Path logs;
    private final int warmups;
    private final int runs;

    LibraryBench(Path jar, Path work, Path logs, int warmups, int runs) {
        this.jar = jar;
        this.work = work;
        this.logs = logs;
        this.warmups = warmups;
        this.runs = runs;
    }

    List<Row> run(Consumer<String> say) throws Exception {
        Path library = library(say);
        String name = String.format(java.util.Locale.ROOT, "%,d reports", REPORTS);
        List<Row> rows = new ArrayList<>();
        say.accept("hindsight stats: first run (empty cache), " + runs + " runs");
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs / 2); i++) {
            first.add(stats(library, fresh("stats-first-" + i), "stats-first").millis());
        }
        rows.add(Row.times("library (-Xmx" + HEAP + ")", "java -jar hindsight.jar stats LIB (first run: empty cache)", name,
                new Stats(first), Target.atMostMillis(10_000), "whole process; every file read"));
        Path cache = fresh("stats-warm");
        stats(library, cache, "stats-warm");
        say.accept("hindsight stats: nothing changed, and after one changed report, " + runs + " runs each");
        List<Double> unchanged = new ArrayList<>();
        List<Double> oneChanged = new ArrayList<>();
        Path changing = someReport(library);
        String original = Files.readString(changing, StandardCharsets.UTF_8);
        try {
            for (int i = 0; i < warmups + runs; i++) {
                double same = stats(library, cache, "stats-unchanged").millis();
                Files.writeString(changing, original.replace("\"Internal\"", "\"Internal " + i + "\""),
                        StandardCharsets.UTF_8);
                double changed = stats(library, cache, "stats-changed").millis();
                if (i >= warmups) {
                    unchanged.add(same);
                    oneChanged.add(changed);
                }
            }
        } finally {
            Files.writeString(changing, original, StandardCharsets.UTF_8);
        }
        rows.add(Row.times("library (-Xmx" + HEAP + ")", "stats again, nothing changed", name, new Stats(unchanged), null,
                "whole process; fingerprints only"));
        rows.add(Row.times("library (-Xmx" + HEAP + ")", "stats again after one report changed", name,
                new Stats(oneChanged), Target.atMostMillis(1000), "whole process; one file read"));
        Child child = new Child(logs, HEAP);
        say.accept("library window: first open (read and index every file), " + Math.max(1, runs / 3) + " runs");
        rows.add(Row.of("library (-Xmx" + HEAP + ")", "window's first open: read and index every report", name,
                child.run(List.of(), LibrarySearchBench.class, Child.args("open", library, fresh("open"), 0,
                        Math.max(1, runs / 3)), "library-open"), Target.atMostMillis(10_000)));
        say.accept("library window: search while typing");
        Path searchCache = fresh("search");
        rows.add(Row.of("library (-Xmx" + HEAP + ")", "search while typing (one letter more each time)", name,
                child.run(List.of(), LibrarySearchBench.class, Child.args("search", library, searchCache, 20, 90),
                        "library-search"), Target.atMostMillis(100)));
        return rows;
    }

    private Processes.Finished stats(Path library, Path cache, String log) throws IOException, InterruptedException {
        List<String> command = Processes.java();
        command.addAll(List.of("-Xmx" + HEAP, "-Dhindsight.cache.dir=" + cache, "-jar", jar.toString(), "stats",
                library.toString(), "--format", "json"));
        return Processes.run(command, Map.of(), logs.resolve(log + ".log"), 1);
    }

    private Path fresh(String name) throws IOException {
        Path dir = work.resolve("library-cache").resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** The generated library, written once per machine (it is reused while its marker says the same size and seed). */
    private Path library(Consumer<String> say) throws IOException {
        Path dir = work.resolve("library-" + REPORTS);
        Path marker = dir.resolve(".generated");
        String stamp = REPORTS + " reports, seed " + SEED + ", generator " + GeneratedLibrary.VERSION + "\n";
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            return dir;
        }
        say.accept("writing a library of " + REPORTS + " generated reports");
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        GeneratedLibrary.write(dir, REPORTS, SEED);
        Files.writeString(marker, stamp);
        return dir;
    }

    private static Path someReport(Path library) throws IOException {
        try (Stream<Path> all = Files.walk(library)) {
            return all.filter(p -> p.getFileName().toString().startsWith("inc-")).sorted().findFirst().orElseThrow();
        }
    }
}
