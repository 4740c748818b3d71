package dev.hindsight.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A batch, as CI renders the reports of a repository: {@value #COUNT} copies of the 1,000-event
 * report exported by one Hindsight process ({@code hindsight export FILE... --out-dir DIR}) against
 * LibreOffice converting the same {@value #COUNT} documents (the HTML of {@link LibreOfficeBench})
 * in one process. Whole processes, in pairs whose order alternates; the ratio is taken per pair.
 */
final class BatchBench {
    static final int COUNT = 20;

    private final Path jar;
    private final Installed installed;
    private final Path report;
    private final Path work;
    private final Path logs;
    private final int pairs;

    BatchBench(Path jar, Installed installed, Path report, Path work, Path logs, int pairs) {
        this.jar = jar;
        this.installed = installed;
        this.report = report;
        this.work = work;
        this.logs = logs;
        this.pairs = pairs;
    }

    List<Row> run(Consumer<String> say, Consumer<String> skipped) throws Exception {
        if (!Processes.onPath("soffice")) {
            skipped.accept("batch: skipped, soffice is not on the PATH (Debian: apt-get install libreoffice-writer-nogui)");
            return List.of();
        }
        Path dir = Files.createDirectories(work.resolve("batch"));
        Path html = LibreOfficeBench.html(report, dir);
        List<String> reports = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= COUNT; i++) {
            Path copy = dir.resolve(String.format(Locale.ROOT, "report-%02d.postmortem.json", i));
            Files.copy(report, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            reports.add(copy.toString());
            Path page = dir.resolve(String.format(Locale.ROOT, "report-%02d.html", i));
            Files.copy(html, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            pages.add(page.toString());
        }
        List<String> office = Processes.soffice(dir.resolve("profile"), dir.resolve("office"), pages);
        List<String> jarC1 = Processes.java();
        jarC1.addAll(List.of("-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "export"));
        jarC1.addAll(reports);
        jarC1.addAll(List.of("--pdf", "--out-dir", dir.resolve("jar").toString()));
        List<String> launcher = null;
        if (installed != null) {
            List<String> args = new ArrayList<>(List.of("export"));
            args.addAll(reports);
            args.addAll(List.of("--pdf", "--out-dir", dir.resolve("installed").toString()));
            launcher = installed.command(Installed.CLI, args.toArray(String[]::new));
        }
        say.accept("batch: warming up LibreOffice's profile on one document");
        Processes.run(Processes.soffice(dir.resolve("profile"), dir.resolve("warm"), List.of(html.toString())), Map.of(),
                logs.resolve("batch-soffice.log"));
        List<Double> theirs = new ArrayList<>();
        List<Double> oursJar = new ArrayList<>();
        List<Double> oursInstalled = new ArrayList<>();
        List<Double> ratiosJar = new ArrayList<>();
        List<Double> ratiosInstalled = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            say.accept("batch: pair " + (i + 1) + " of " + pairs + " (" + COUNT + " documents each side)");
            List<List<String>> order = new ArrayList<>();
            order.add(office);
            order.add(jarC1);
            if (launcher != null) {
                order.add(launcher);
            }
            if (i % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            Map<List<String>, Double> took = new java.util.HashMap<>();
            for (List<String> command : order) {
                took.put(command, Processes.run(command, Map.of(), logs.resolve(command == office
                        ? "batch-soffice.log" : "batch-hindsight.log")).millis());
            }
            double b = took.get(office);
            theirs.add(b);
            oursJar.add(took.get(jarC1));
            ratiosJar.add(b / took.get(jarC1));
            if (launcher != null) {
                oursInstalled.add(took.get(launcher));
                ratiosInstalled.add(b / took.get(launcher));
            }
        }
        String what = COUNT + " x " + report.getFileName();
        List<Row> rows = new ArrayList<>(List.of(
                Row.times("batch of " + COUNT, "soffice --headless --convert-to pdf, " + COUNT + " documents in one process",
                        what, new Stats(theirs), null, "the HTML of the Markdown export, as in the LibreOffice rows"),
                Row.times("batch of " + COUNT, "java -XX:TieredStopAtLevel=1 -jar ... export FILE... --out-dir",
                        what, new Stats(oursJar), null, "one process, in the same rounds"),
                new Row("batch of " + COUNT, "LibreOffice time / java -jar (C1) time", "same pair", "\u00d7",
                        new Stats(ratiosJar), null, null, null, null, LibreOfficeBench.perPair(ratiosJar))));
        if (launcher != null) {
            rows.add(Row.times("batch of " + COUNT, "installed launcher: hindsight export FILE... --out-dir", what,
                    new Stats(oursInstalled), null, "bin/" + Installed.CLI + ", in the same rounds"));
            rows.add(new Row("batch of " + COUNT, "LibreOffice time / installed launcher time", "same pair", "\u00d7",
                    new Stats(ratiosInstalled), null, null, null, Target.atLeast(10),
                    LibreOfficeBench.perPair(ratiosInstalled)));
        }
        return rows;
    }
}
