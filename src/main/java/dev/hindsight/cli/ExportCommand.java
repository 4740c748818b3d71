package dev.hindsight.cli;

import dev.hindsight.export.DocxExporter;
import dev.hindsight.export.ExportFiles;
import dev.hindsight.export.ExportOptions;
import dev.hindsight.export.ExportProgress;
import dev.hindsight.export.ExportResult;
import dev.hindsight.export.HtmlExporter;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hindsight export FILE... [--pdf [OUT]] [--md [OUT]] [--html [OUT]] [--docx [OUT]]
 * [--out-dir DIR]}: several reports in one run, each output atomically, next to its input or in DIR.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export each FILE as a PDF, a Markdown document, an HTML page and/or a Word document. "
            + "Without --pdf, --md, --html or --docx, writes the PDF.",
            "An output without a name goes next to its FILE (or into --out-dir DIR), named as FILE without "
                + ".postmortem.json or .json. With several FILEs, name no output: use --out-dir.",
            "The Markdown document links the report's pictures from a folder beside it, NAME_files "
                + "(or holds them itself with --embed-images).",
            "A file that does not validate is refused and nothing is written for it; the other FILEs are still "
                + "exported. Each output is written atomically: it is whole or not there. An output never replaces "
                + "a FILE, another report, or another output (two FILEs that would write the same name in DIR are "
                + "refused before anything is written); a name ending in .json after --pdf, --md, --html or --docx "
                + "is taken as a FILE, not as the output (write --pdf=NAME to insist)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every output was written (characters no font has are a warning, not a failure)",
            "1:a file was refused or an output could not be written (the others were still written)",
            "2:the command line was wrong (also: an output that would replace a FILE, a report, or another output)",
            HindsightCommand.EXIT_3})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the report files (*.postmortem.json)")
    private List<Path> files;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", arity = "0..1", fallbackValue = "",
            preprocessor = OutputOption.class, description = "write a PDF (to OUT.pdf, or next to FILE)")
    private String pdf;

    @Option(names = "--md", paramLabel = "OUT.md", arity = "0..1", fallbackValue = "",
            preprocessor = OutputOption.class, description = "write a Markdown document (to OUT.md, or next to FILE)")
    private String md;

    @Option(names = "--html", paramLabel = "OUT.html", arity = "0..1", fallbackValue = "",
            preprocessor = OutputOption.class,
            description = "write one self-contained HTML page (to OUT.html, or next to FILE)")
    private String html;

    @Option(names = "--docx", paramLabel = "OUT.docx", arity = "0..1", fallbackValue = "",
            preprocessor = OutputOption.class, description = "write a Word document (to OUT.docx, or next to FILE)")
    private String docx;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "write the outputs into DIR (made if missing) instead of next to each FILE")
    private Path outDir;

    @Option(names = "--embed-images", description = "put the report's pictures into the Markdown document itself "
            + "(data: addresses, one file) instead of a folder NAME_files beside it")
    private boolean embedImages;

    @Option(names = "--comments", description = "add the review comments at the end (left out unless asked)")
    private boolean comments;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF page size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, whatever the machine's locale)")
    private PageSize pageSize;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One format asked for: how to make its exporter (Word's only when used: POI stays unloaded) and the name given. */
    private record Format(String extension, Supplier<ReportExporter> exporter, String given) {
    }

    /**
     * When {@code args} run an export that writes a PDF, starts its preparation on a second thread
     * ({@link PdfExporter#preload}) while picocli builds the command line and the report is read.
     */
    static void preload(String[] args) {
        if (args.length == 0 || !args[0].equals("export")) {
            return;
        }
        boolean otherFormat = false;
        for (String arg : args) {
            if (arg.startsWith("--pdf")) {
                PdfExporter.preload();
                return;
            }
            otherFormat |= arg.startsWith("--md") || arg.startsWith("--html") || arg.startsWith("--docx");
        }
        if (!otherFormat) {
            PdfExporter.preload();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Format> formats = formats();
        List<OutputOption.Planned> plan = plan(formats);
        OutputOption.checkTargets(spec.commandLine(), files, plan);
        if (formats.stream().anyMatch(f -> f.extension().equals("pdf"))) {
            // Fonts and the first report are read at the same time; a batch reads the fonts once.
            PdfExporter.preload();
        }
        if (outDir != null && !makeOutDir(out)) {
            return HindsightCommand.REFUSED;
        }
        ReportReader reader = new ReportReader();
        ExportFiles writer = new ExportFiles();
        ExportOptions options = new ExportOptions(pageSize).withEmbedPictures(embedImages).withComments(comments);
        int exit = 0;
        for (Path file : files) {
            ReadResult read;
            try {
                read = reader.read(file);
            } catch (ReportFormatException e) {
                out.println(e.getMessage());
                exit = HindsightCommand.REFUSED;
                continue;
            }
            if (!read.warnings().isEmpty()) {
                out.println(Names.shown(file) + ": OK" + ValidateCommand.describe(read.warnings()));
            }
            for (OutputOption.Planned p : plan) {
                if (p.input() == file && !write(writer, p, read, options, out)) {
                    exit = HindsightCommand.REFUSED;
                }
            }
        }
        return exit;
    }

    private boolean write(ExportFiles writer, OutputOption.Planned p, ReadResult read, ExportOptions options,
                          PrintWriter out) {
        String name = Names.shown(p.target());
        try {
            ExportResult result = writer.write(p.exporter().get(), read.report(), p.target(), options,
                    ExportProgress.NONE);
            String attached = result.describeAttachments();
            out.println(name + ": written" + (result.pages() > 0 ? " (" + pages(result.pages()) + ")" : "")
                    + (attached.isEmpty() ? "" : " (" + attached + ")"));
            if (result.hasMissingCharacters()) {
                out.println(name + ": warning: " + result.describeMissing());
            }
            return true;
        } catch (IOException e) {
            out.println(name + ": could not be written: " + IoMessages.describe(e));
            return false;
        }
    }

    private boolean makeOutDir(PrintWriter out) {
        try {
            Files.createDirectories(outDir);
            return true;
        } catch (IOException e) {
            out.println(Names.shown(outDir) + ": the output folder could not be made: " + IoMessages.describe(e)
                    + "; nothing was written");
            return false;
        }
    }

    private List<Format> formats() {
        List<Format> formats = new ArrayList<>();
        if (pdf != null || md == null && html == null && docx == null) {
            formats.add(new Format("pdf", PdfExporter::new, pdf));
        }
        if (md != null) {
            formats.add(new Format("md", MarkdownExporter::new, md));
        }
        if (html != null) {
            formats.add(new Format("html", HtmlExporter::new, html));
        }
        if (docx != null) {
            formats.add(new Format("docx", DocxExporter::new, docx));
        }
        return formats;
    }

    private List<OutputOption.Planned> plan(List<Format> formats) {
        boolean named = formats.stream().anyMatch(f -> f.given() != null && !f.given().isEmpty());
        if (named && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "with several FILEs, name no output "
                    + "(each goes next to its FILE); use --out-dir DIR to write them elsewhere");
        }
        if (named && outDir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out-dir and a named output: give one "
                    + "or the other");
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Names.shown(outDir) + ": --out-dir names a "
                    + "file, not a folder");
        }
        List<OutputOption.Planned> plan = new ArrayList<>();
        for (Path file : files) {
            for (Format f : formats) {
                Path target;
                if (f.given() != null && !f.given().isEmpty()) {
                    target = Failures.path(f.given());
                } else {
                    target = ExportFiles.defaultTarget(file, f.extension());
                    if (outDir != null) {
                        target = outDir.resolve(target.getFileName().toString());
                    }
                }
                plan.add(new OutputOption.Planned(file, target, f.exporter(), f.extension()));
            }
        }
        return plan;
    }

    private static String pages(int n) {
        return n + (n == 1 ? " page" : " pages");
    }
}
