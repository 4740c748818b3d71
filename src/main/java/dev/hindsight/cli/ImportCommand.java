package dev.hindsight.cli;

import dev.hindsight.format.IoMessages;
import dev.hindsight.format.Names;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.input.importing.ImportLines;
import dev.hindsight.input.importing.ImportRefusedException;
import dev.hindsight.input.importing.ImportResult;
import dev.hindsight.input.importing.Importer;
import dev.hindsight.input.importing.Placement;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight import FILE [-o OUT]}: an existing postmortem (Markdown, text, HTML, Word) as a report file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Make a report of an existing postmortem: Markdown (.md), plain text (.txt), HTML (.html, as "
            + "Confluence and Google Docs export it) or Word (.docx).",
            "Sections are found by the headings people use (Issue Summary, Impact, Timeline, Root Cause, Five whys, "
                + "Resolution, Action Items, Lessons Learned, ...); text under a heading Hindsight does not know is "
                + "kept in the closing remarks under that heading. Prints where each part went and what to check.",
            "Writes OUT, or NAME.postmortem.json beside FILE; never over an existing file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "1:FILE was refused (empty, binary, too large, unreadable) or "
            + "OUT exists or could not be written", "2:the command line was wrong", HindsightCommand.EXIT_3})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the postmortem to import (.md, .txt, .html, .docx)")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "where to write the report (default: NAME.postmortem.json beside FILE)")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : Importer.defaultTarget(file);
        String name = Names.shown(file);
        if (Files.exists(target)) {
            out.println(Names.shown(target) + ": already exists; an import never replaces a file (name another with -o)");
            return HindsightCommand.REFUSED;
        }
        ImportResult result;
        try {
            result = new Importer().importFile(file);
        } catch (ImportRefusedException e) {
            out.println(Names.shown(e.getMessage()));
            return HindsightCommand.REFUSED;
        }
        Report report = result.report();
        try {
            new ReportFiles().saveNew(report, target);
        } catch (FileAlreadyExistsException e) {
            out.println(Names.shown(target) + ": already exists; an import never replaces a file (name another with -o)");
            return HindsightCommand.REFUSED;
        } catch (IOException e) {
            out.println(Names.shown(target) + ": could not be written: " + IoMessages.describe(e));
            return HindsightCommand.REFUSED;
        }
        out.println(name + ": imported to " + Names.shown(target) + " (" + count(report.timeline().size(),
                "timeline event") + ", " + count(report.measures().actionItems().size(), "action item") + ")");
        ImportLines lines = ImportLines.of(result);
        for (Placement p : lines.placements()) {
            out.println("  " + p.from() + " \u2192 " + p.to());
        }
        if (lines.morePlacements() > 0) {
            out.println("  " + ImportLines.more(lines.morePlacements()));
        }
        for (String note : lines.notes()) {
            out.println(name + ": note: " + note);
        }
        if (lines.moreNotes() > 0) {
            out.println(name + ": note: " + ImportLines.more(lines.moreNotes()));
        }
        return 0;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
