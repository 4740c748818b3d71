package dev.hindsight.bench;

import dev.hindsight.format.ReportEncoder;
import dev.hindsight.testing.Fixtures;
import dev.hindsight.testing.LargeReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark runner (not a test): {@code mvn -B -Pbench package}. Measures open, save and the
 * exports of generated reports and the example, the timeline table of a window, the command line
 * as a whole process, a library of 5,000 generated reports (stats, the window's first open, search), start-up with and without a CDS archive, and LibreOffice on the same report;
 * prints a table and writes {@code target/bench/results.md} and {@code results.json}.
 * The writing tools (spell check, find and replace) are the {@code check} part; typing and finding in a
 * window are the {@code typing} part.
 * Options: {@code --quick} (fewer runs), {@code --only=documents,table,check,typing,cli,library,installed,startup,libreoffice,batch},
 * {@code --jar=PATH}, {@code --image=DIR} (the application image of {@code mvn -Pdist package}; without
 * one the installed launcher's rows are skipped, said why), {@code --out=DIR}.
 */
public final class Bench {
    static final String COMMAND = "mvn -B -Pbench package";
    private static final List<String> PARTS = List.of("documents", "table", "check", "typing", "cli", "library", "installed",
            "startup", "libreoffice", "batch");
    private static final List<String> OPERATIONS = List.of("open", "save", "pdf", "md");
    private static final String HEAP = "512m";

    private final Path jar;
    private final Path image;
    private final Path out;
    private final Path work;
    private final Path logs;
    private final boolean quick;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final Map<String, Path> reports = new LinkedHashMap<>();

    private Bench(Path jar, Path image, Path out, boolean quick) throws Exception {
        this.jar = jar;
        this.image = image;
        this.out = out;
        this.work = Files.createDirectories(out.resolve("work"));
        this.logs = Files.createDirectories(out.resolve("logs"));
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            String[] kv = arg.substring(2).split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Set<String> parts = Set.copyOf(Arrays.asList(options.getOrDefault("only", String.join(",", PARTS)).split(",")));
        Bench bench = new Bench(Path.of(options.getOrDefault("jar", "target/hindsight.jar")).toAbsolutePath(),
                Path.of(options.getOrDefault("image", "target/dist/image/Hindsight")).toAbsolutePath(),
                Path.of(options.getOrDefault("out", "target/bench")).toAbsolutePath(),
                options.containsKey("quick"));
        Map<String, String> machine = Machine.describe();
        System.out.println("Hindsight benchmarks on " + machine);
        bench.run(parts);
        machine.put("load average at end", Machine.loadAverage());
        List<String> given = Arrays.stream(args).filter(a -> !a.startsWith("--jar=") && !a.startsWith("--out=") && !a.startsWith("--image=")).toList();
        String command = COMMAND + (given.isEmpty() ? "" : " -Dbench.args=\"" + String.join(" ", given) + "\"");
        Results results = new Results(machine, command, bench.rows, bench.messages);
        System.out.println();
        System.out.print(results.console());
        bench.messages.forEach(System.out::println);
        results.write(bench.out);
        System.out.println("Written to " + bench.out.resolve("results.md") + " and results.json");
    }

    private void say(String message) {
        System.out.println("  " + message);
    }

    private void note(String message) {
        say(message);
        messages.add(message);
    }

    private int n(int full) {
        return quick ? Math.min(full, 3) : full;
    }

    private int warm(int full) {
        return quick ? 1 : full;
    }

    private void run(Set<String> parts) throws Exception {
        writeReports();
        if (parts.contains("documents")) {
            documents();
        }
        if (parts.contains("table")) {
            table();
        }
        if (parts.contains("check")) {
            checks();
        }
        if (parts.contains("typing")) {
            typing();
        }
        if (parts.contains("cli")) {
            commandLine();
        }
        boolean needsJar = parts.contains("cli") || parts.contains("check") || parts.contains("library") || parts.contains("startup")
                || parts.contains("libreoffice") || parts.contains("batch");
        if (needsJar && !Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with mvn package");
        }
        if (parts.contains("library")) {
            rows.addAll(new LibraryBench(jar, work, logs, warm(1), n(7)).run(this::say));
        }
        Installed installed = parts.contains("installed") || parts.contains("startup") || parts.contains("libreoffice")
                || parts.contains("batch") ? Installed.prepare(image, logs, this::say, this::note) : null;
        if (parts.contains("installed") && installed != null) {
            rows.addAll(installed.validateAndCheck(reports.get("1,000 events"), logs, warm(1), n(7), this::say));
        }
        if (parts.contains("startup")) {
            rows.addAll(new StartupBench(jar, installed, reports.get("example"), work, logs, warm(1), n(7))
                    .run(this::say, this::note));
        }
        if (parts.contains("libreoffice")) {
            rows.addAll(new LibreOfficeBench(jar, installed, reports.get("1,000 events"), work, logs, n(7))
                    .run(this::say, this::note));
        }
        if (parts.contains("batch")) {
            rows.addAll(new BatchBench(jar, installed, reports.get("1,000 events"), work, logs, n(3))
                    .run(this::say, this::note));
        }
    }

    private void writeReports() throws Exception {
        Path dir = Files.createDirectories(work.resolve("reports"));
        Path example = dir.resolve("example.postmortem.json");
        Files.copy(Fixtures.path(Fixtures.EXAMPLE), example, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        reports.put("example", example);
        for (int events : new int[] {10, 1000, 10_000}) {
            Path file = dir.resolve("events-" + events + ".postmortem.json");
            Files.write(file, new ReportEncoder().encode(LargeReports.withEvents(events)));
            reports.put(String.format(java.util.Locale.ROOT, "%,d events", events), file);
        }
    }

    private void documents() throws Exception {
        Child child = new Child(logs, HEAP);
        for (Map.Entry<String, Path> report : reports.entrySet()) {
            boolean large = report.getKey().startsWith("10,000");
            boolean medium = report.getKey().startsWith("1,000");
            for (String operation : OPERATIONS) {
                int warmups = warm(large ? 3 : medium ? 5 : 10);
                int runs = n(large ? 7 : medium ? 10 : 15);
                say(operation + " " + report.getKey() + ": " + warmups + " warm-ups, " + runs + " runs");
                Trial.Outcome outcome = child.run(List.of(), DocumentBench.class, Child.args(operation,
                        report.getValue(), warmups, runs, work.resolve("scratch")), "document-" + operation);
                rows.add(Row.of("document (-Xmx" + HEAP + ")", operation, report.getKey(), outcome,
                        target(report.getKey(), operation)));
            }
        }
    }

    private static Target target(String report, String operation) {
        if (report.equals("example") && operation.equals("pdf")) {
            return Target.atMostMillis(300);
        }
        if (report.startsWith("10,000")) {
            switch (operation) {
                case "open":
                    return Target.atMostMillis(300);
                case "save":
                    return Target.atMostMillis(200);
                case "pdf":
                    return Target.atMostMillis(3000);
                default:
                    return null;
            }
        }
        return null;
    }

    private void table() throws Exception {
        Child child = new Child(logs, HEAP);
        Path file = reports.get("10,000 events");
        Map<String, int[]> scenarios = new LinkedHashMap<>();
        scenarios.put("open", new int[] {warm(2), n(7)});
        scenarios.put("edit", new int[] {warm(5), n(15)});
        scenarios.put("jump", new int[] {warm(3), n(10)});
        scenarios.put("page", new int[] {warm(10), n(40)});
        Map<String, String> names = Map.of("open", "open into the window until rows are laid out",
                "edit", "edit one cell until the table shows it", "jump", "scrollTo last row and back to the first",
                "page", "scroll down one page");
        for (Map.Entry<String, int[]> s : scenarios.entrySet()) {
            say("timeline table " + s.getKey() + ": " + s.getValue()[0] + " warm-ups, " + s.getValue()[1] + " runs");
            List<String> flags = new ArrayList<>(Child.HEADLESS_FX);
            Trial.Outcome outcome = child.run(flags, TableBench.class, Child.args(s.getKey(), file, s.getValue()[0],
                    s.getValue()[1]), "table-" + s.getKey());
            rows.add(Row.of("timeline table (Monocle, -Xmx" + HEAP + ")", names.get(s.getKey()), "10,000 events",
                    outcome, null));
        }
    }

    /** Typing and finding in a window: {@link TypingBench}, the JavaFX thread's CPU time per change. */
    private void typing() throws Exception {
        Child child = new Child(logs, HEAP);
        record Scenario(String name, String report, String what, int warmups, int runs, Target target) {
        }
        List<Scenario> scenarios = List.of(
                new Scenario("keystroke", "10,000 events", "type one character in Root Cause, until laid out",
                        warm(10), n(30), Target.atMostMillis(16)),
                new Scenario("keystroke", "example", "type one character in Root Cause, until laid out", warm(10),
                        n(30), null),
                new Scenario("findings", "10,000 events", "then until its spelling marks and review findings are shown",
                        warm(5), n(15), null),
                new Scenario("findings", "example", "then until its spelling marks and review findings are shown",
                        warm(5), n(15), null),
                new Scenario("find", "10,000 events", "find bar: \"database\" typed, until listed and highlighted",
                        warm(5), n(15), Target.atMostMillis(100)));
        for (Scenario s : scenarios) {
            say("typing " + s.name() + " " + s.report() + ": " + s.warmups() + " warm-ups, " + s.runs() + " runs");
            Trial.Outcome outcome = child.run(new ArrayList<>(Child.HEADLESS_FX), TypingBench.class,
                    Child.args(s.name(), reports.get(s.report()), s.warmups(), s.runs()),
                    "typing-" + s.name() + "-" + (s.report().equals("example") ? "example" : "10000"));
            rows.add(Row.of("typing in a window (Monocle, -Xmx" + HEAP + ")", s.what(), s.report(), outcome,
                    s.target()));
        }
    }

    private void checks() throws Exception {
        Child child = new Child(logs, HEAP);
        Path file = reports.get("10,000 events");
        Map<String, String> names = new LinkedHashMap<>();
        names.put("load", "read the en-US spelling dictionary");
        names.put("check", "check the whole report: completeness, blameless, spelling (new session)");
        names.put("check-spelling", "spell-check the whole report (new session)");
        names.put("check-blameless", "blameless-check the whole report (new session)");
        names.put("check-completeness", "completeness-check the whole report (new session)");
        names.put("keystroke-report", "check the whole report after one keystroke (three rules)");
        names.put("keystroke-field", "check the one field typed in (blameless and spelling)");
        names.put("find", "find a word everywhere");
        names.put("find-regex", "find a regular expression everywhere");
        names.put("replace-all", "Replace All, one command");
        for (Map.Entry<String, String> s : names.entrySet()) {
            boolean many = s.getKey().startsWith("keystroke") || s.getKey().startsWith("find");
            int warmups = warm(many ? 10 : 3);
            int runs = n(many ? 30 : 7);
            say("writing tools " + s.getKey() + ": " + warmups + " warm-ups, " + runs + " runs");
            Trial.Outcome outcome = child.run(List.of(), CheckBench.class, Child.args(s.getKey(), file, warmups, runs),
                    "check-" + s.getKey());
            Target target = s.getKey().equals("check") ? Target.atMostMillis(1000)
                    : s.getKey().equals("find") ? Target.atMostMillis(100) : null;
            rows.add(Row.of("writing tools (-Xmx" + HEAP + ")", s.getValue(),
                    s.getKey().equals("load") ? "en-US" : "10,000 events", outcome, target));
        }
        List<Double> cli = new ArrayList<>();
        Path log = logs.resolve("cli-check.log");
        for (int i = 0; i < warm(1) + n(5); i++) {
            List<String> command = Processes.java();
            command.addAll(List.of("-jar", jar.toString(), "check", file.toString()));
            double millis = Processes.run(command, Map.of(), log).millis();
            if (i >= warm(1)) {
                cli.add(millis);
            }
        }
        rows.add(Row.times("command line", "java -jar hindsight.jar check (whole process)", "10,000 events",
                new Stats(cli), null, "dictionary load included; default heap and JIT"));
    }

    private void commandLine() throws Exception {
        Path report = reports.get("1,000 events");
        Path pdf = Files.createDirectories(work.resolve("scratch")).resolve("cli.pdf");
        int warmups = warm(1);
        int runs = n(7);
        say("command line: " + warmups + " warm-ups, " + runs + " runs, with and without C2");
        List<Double> plain = new ArrayList<>();
        List<Double> quickJit = new ArrayList<>();
        Path log = logs.resolve("cli-export.log");
        for (int i = 0; i < warmups + runs; i++) {
            double a = Processes.run(Processes.export(jar, List.of(), report, pdf), Map.of(), log).millis();
            double b = Processes.run(Processes.export(jar, List.of("-XX:TieredStopAtLevel=1"), report, pdf), Map.of(),
                    log).millis();
            if (i >= warmups) {
                plain.add(a);
                quickJit.add(b);
            }
        }
        rows.add(Row.times("command line", "java -jar hindsight.jar export --pdf (whole process)", "1,000 events",
                new Stats(plain), null, "default heap and JIT"));
        rows.add(Row.times("command line", "java -XX:TieredStopAtLevel=1 -jar ... export --pdf", "1,000 events",
                new Stats(quickJit), null, "C1 only: no C2 compiler threads competing for the 2 cores"));
    }
}
