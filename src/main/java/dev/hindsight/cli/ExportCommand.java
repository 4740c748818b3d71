package dev.hindsight.cli;

import dev.hindsight.export.ExportFiles;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.ExportResult;
import dev.hindsight.export.MarkdownExporter;
import dev.hindsight.export.PageSize;
import dev.hindsight.export.PdfExporter;
import dev.hindsight.export.ReportExporter;
import dev.hindsight.format.IoMessages;
import dev.hindsight.format.Names;
import dev.hindsight.format.ReadResult;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight export FILE [--pdf [OUT]] [--md [OUT]]}: the report as PDF and/or Markdown, atomically. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export FILE as a PDF and/or a Markdown document. Without --pdf or --md, writes the PDF.",
            "An output without a name goes next to FILE, named as FILE without .postmortem.json or .json.",
            "A file that does not validate is refused and nothing is written. Each output is written "
                + "atomically: it is whole or not there. An output never replaces FILE, another report, or the "
                + "other output; a name ending in .json after --pdf or --md is taken as FILE, not as the output "
                + "(write --pdf=NAME to insist)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every output was written (characters no font has are a warning, not a failure)",
            "1:the file was refused or an output could not be written",
            "2:the command line was wrong (also: an output that would replace FILE, a report, or the other output)",
            HindsightCommand.EXIT_3})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the report file (*.postmortem.json)")
    private Path file;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", arity = "0..1", fallbackValue = "",
            preprocessor = OutputOption.class, description = "write a PDF (to OUT.pdf, or next to FILE)")
    private String pdf;

    @Option(names = "--md", paramLabel = "OUT.md", arity = "0..1", fallbackValue = "",
            preprocessor = OutputOption.class, description = "write a Markdown document (to OUT.md, or next to FILE)")
    private String md;

    @Option(names = "--comments", description = "add the review comments at the end (left out unless asked)")
    private boolean comments;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF page size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, whatever the machine's locale)")
    private PageSize pageSize;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<ReportExporter, Path> targets = targets();
        OutputOption.checkTargets(spec.commandLine(), file, targets.values());
        if (targets.keySet().stream().anyMatch(PdfExporter.class::isInstance)) {
            // Fonts and report are read at the same time: about a fifth of a short export, on two cores.
            PdfExporter.preloadFonts();
        }
        ReadResult read;
        try {
            read = new ReportReader().read(file);
        } catch (ReportFormatException e) {
            out.println(e.getMessage());
            return HindsightCommand.REFUSED;
        }
        if (!read.warnings().isEmpty()) {
            out.println(Names.shown(file) + ": OK" + ValidateCommand.describe(read.warnings()));
        }
        ExportFiles files = new ExportFiles();
        ExportOptions options = new ExportOptions(pageSize).withComments(comments);
        int exit = 0;
        for (Map.Entry<ReportExporter, Path> t : targets.entrySet()) {
            Path target = t.getValue();
            String name = Names.shown(target);
            try {
                ExportResult result = files.write(t.getKey(), read.report(), target, options, ExportProgress.NONE);
                out.println(name + ": written" + (result.pages() > 0 ? " (" + pages(result.pages()) + ")" : ""));
                if (result.hasMissingCharacters()) {
                    out.println(name + ": warning: " + result.describeMissing());
                }
            } catch (IOException e) {
                out.println(name + ": could not be written: " + IoMessages.describe(e));
                exit = HindsightCommand.REFUSED;
            }
        }
        return exit;
    }

    private Map<ReportExporter, Path> targets() {
        Map<ReportExporter, Path> targets = new LinkedHashMap<>();
        if (pdf != null || md == null) {
            ReportExporter exporter = new PdfExporter();
            targets.put(exporter, target(pdf, exporter));
        }
        if (md != null) {
            ReportExporter exporter = new MarkdownExporter();
            targets.put(exporter, target(md, exporter));
        }
        return targets;
    }

    private Path target(String given, ReportExporter exporter) {
        return given == null || given.isEmpty() ? ExportFiles.defaultTarget(file, exporter.extension())
                : Failures.path(given);
    }

    private static String pages(int n) {
        return n + (n == 1 ? " page" : " pages");
    }
}
