package dev.hindsight.bench;

import dev.hindsight.export.ExportFiles;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.MarkdownExporter;
import dev.hindsight.format.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What users would do instead, side by side: LibreOffice converting the same report to PDF.
 * It reads Markdown as plain text, so it gets the HTML that commonmark renders from
 * Hindsight's Markdown export. Whole processes, in pairs whose order alternates; the ratio
 * is taken per pair, so a burst of load on this shared machine hits both sides of a pair.
 */
final class LibreOfficeBench {
    private final Path jar;
    private final Path report;
    private final Path work;
    private final Path logs;
    private final int pairs;
    private final Installed installed;

    /** With {@code installed} (or null), the installed command-line launcher runs in the same rounds. */
    LibreOfficeBench(Path jar, Installed installed, Path report, Path work, Path logs, int pairs) {
        this.jar = jar;
        this.installed = installed;
        this.report = report;
        this.work = work;
        this.logs = logs;
        this.pairs = pairs;
    }

    /** Measures, telling progress to {@code say} and why it was skipped to {@code skipped}. */
    List<Row> run(Consumer<String> say, Consumer<String> skipped) throws Exception {
        if (!Processes.onPath("soffice")) {
            skipped.accept("LibreOffice: skipped, soffice is not on the PATH "
                    + "(Debian: apt-get install libreoffice-writer-nogui)");
            return List.of();
        }
        Path dir = Files.createDirectories(work.resolve("libreoffice"));
        Path html = html(report, dir);
        List<String> hindsight = Processes.export(jar, List.of(), report, dir.resolve("hindsight.pdf"));
        List<String> quickJit = Processes.export(jar, List.of("-XX:TieredStopAtLevel=1"), report,
                dir.resolve("hindsight.pdf"));
        // The README's recipe for CI: the quick compiler and a class-data archive made once by a first run.
        Path archive = dir.resolve("hindsight-cli.jsa");
        Files.deleteIfExists(archive);
        List<String> archived = Processes.export(jar, List.of("-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"), report, dir.resolve("hindsight.pdf"));
        List<String> launcher = installed == null ? null : installed.command(Installed.CLI, "export",
                report.toString(), "--pdf", dir.resolve("installed.pdf").toString());
        List<String> office = Processes.soffice(dir.resolve("profile"), dir.resolve("out"), List.of(html.toString()));
        say.accept("LibreOffice: warming up (its profile is made on the first run)");
        Processes.run(office, Map.of(), logs.resolve("soffice.log"));
        Processes.run(hindsight, Map.of(), logs.resolve("hindsight-export.log"));
        Processes.run(Processes.export(jar, List.of("-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds*=off"), report, dir.resolve("hindsight.pdf")), Map.of(), logs.resolve("hindsight-export.log"));
        if (launcher != null) {
            Processes.run(launcher, Map.of(), logs.resolve("installed-export.log"));
        }
        List<Double> ours = new ArrayList<>();
        List<Double> oursC1 = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> ratiosC1 = new ArrayList<>();
        List<Double> oursArchived = new ArrayList<>();
        List<Double> ratiosArchived = new ArrayList<>();
        List<Double> oursInstalled = new ArrayList<>();
        List<Double> ratiosInstalled = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            say.accept("LibreOffice: pair " + (i + 1) + " of " + pairs);
            double a;
            double b;
            double c;
            double d = 0;
            double e;
            if (i % 2 == 0) {
                if (launcher != null) {
                    d = Processes.run(launcher, Map.of(), logs.resolve("installed-export.log")).millis();
                }
                a = Processes.run(hindsight, Map.of(), logs.resolve("hindsight-export.log")).millis();
                c = Processes.run(quickJit, Map.of(), logs.resolve("hindsight-export.log")).millis();
                e = Processes.run(archived, Map.of(), logs.resolve("hindsight-export.log")).millis();
                b = Processes.run(office, Map.of(), logs.resolve("soffice.log")).millis();
            } else {
                b = Processes.run(office, Map.of(), logs.resolve("soffice.log")).millis();
                e = Processes.run(archived, Map.of(), logs.resolve("hindsight-export.log")).millis();
                c = Processes.run(quickJit, Map.of(), logs.resolve("hindsight-export.log")).millis();
                a = Processes.run(hindsight, Map.of(), logs.resolve("hindsight-export.log")).millis();
                if (launcher != null) {
                    d = Processes.run(launcher, Map.of(), logs.resolve("installed-export.log")).millis();
                }
            }
            if (launcher != null) {
                oursInstalled.add(d);
                ratiosInstalled.add(b / d);
            }
            ours.add(a);
            oursC1.add(c);
            theirs.add(b);
            ratios.add(b / a);
            ratiosC1.add(b / c);
            oursArchived.add(e);
            ratiosArchived.add(b / e);
        }
        String pages = pages(dir.resolve("hindsight.pdf")) + " pages vs "
                + pages(dir.resolve("out").resolve(html.getFileName().toString().replace(".html", ".pdf"))) + " pages";
        String name = report.getFileName().toString();
        List<Row> rows = new ArrayList<>(List.of(
                Row.times("vs LibreOffice", "java -jar hindsight.jar export --pdf (whole process)", name,
                        new Stats(ours), null, "pairs alternate which runs first"),
                Row.times("vs LibreOffice", "soffice --headless --convert-to pdf (whole process)", html.getFileName()
                        .toString(), new Stats(theirs), null, "HTML of the Markdown export, " + pages),
                Row.times("vs LibreOffice", "hindsight export, java -XX:TieredStopAtLevel=1", name, new Stats(oursC1),
                        null, "C1 only, in the same rounds"),
                new Row("vs LibreOffice", "LibreOffice time / java -jar time", "same pair", "\u00d7",
                        new Stats(ratios), null, null, null, null, perPair(ratios)),
                new Row("vs LibreOffice", "LibreOffice time / java -XX:TieredStopAtLevel=1 -jar time",
                        "same pair", "\u00d7", new Stats(ratiosC1), null, null, null, Target.atLeast(5),
                        perPair(ratiosC1)),
                Row.times("vs LibreOffice", "hindsight export, java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile", name,
                        new Stats(oursArchived), null, "C1 only and a class-data archive made by a first run (README's "
                                + "CI recipe), in the same rounds"),
                new Row("vs LibreOffice", "LibreOffice time / java -jar time, README's CI recipe (C1, archive)",
                        "same pair", "\u00d7", new Stats(ratiosArchived), null, null, null, Target.atLeast(5),
                        perPair(ratiosArchived))));
        if (launcher != null) {
            rows.add(Row.times("vs LibreOffice", "installed launcher: hindsight export --pdf (whole process)", name,
                    new Stats(oursInstalled), null, "bin/" + Installed.CLI + " (C1 only, AOT cache), in the same rounds"));
            rows.add(new Row("vs LibreOffice", "LibreOffice time / installed launcher time", "same pair", "\u00d7",
                    new Stats(ratiosInstalled), null, null, null, Target.atLeast(10), perPair(ratiosInstalled)));
        }
        return rows;
    }

    static String perPair(List<Double> ratios) {
        StringBuilder each = new StringBuilder("per pair:");
        for (double r : ratios) {
            each.append(String.format(Locale.ROOT, " %.1f", r));
        }
        return each.toString();
    }

    /** The HTML LibreOffice converts: commonmark's rendering (with GFM tables) of Hindsight's Markdown export. */
    static Path html(Path report, Path dir) throws Exception {
        Path md = dir.resolve("report.md");
        new ExportFiles().write(new MarkdownExporter(), new ReportReader().read(report).report(), md,
                ExportOptions.defaults(), ExportProgress.NONE);
        var extensions = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(Files.readString(md)));
        Path html = dir.resolve("report.html");
        Files.writeString(html, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Report</title></head>"
                + "<body>\n" + body + "</body></html>\n", StandardCharsets.UTF_8);
        return html;
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
