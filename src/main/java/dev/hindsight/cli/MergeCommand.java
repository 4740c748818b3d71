package dev.hindsight.cli;

import dev.hindsight.check.FindingsOutput;
import dev.hindsight.check.FindingsOutput.FileFinding;
import dev.hindsight.compare.ConflictFindings;
import dev.hindsight.compare.FileMerge;
import dev.hindsight.compare.MergeResult;
import dev.hindsight.format.IoMessages;
import dev.hindsight.format.ReportFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight merge BASE OURS THEIRS [-o OUT]}: the three-way merge of a report; git's merge driver. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge two copies of a report that share a base, by meaning: edits of different fields, rows "
            + "and items combine, lines of prose merge like diff3, comments of both are kept.",
            "Where both changed the same place differently, the result holds OURS there and records the conflict "
                + "in the report with base, ours and theirs; the conflicts are printed as findings (rule conflict).",
            "As git's merge driver: git config merge.hindsight.driver \"hindsight merge %%O %%A %%B\" and "
                + "*.postmortem.json merge=hindsight in .gitattributes (hindsight git-setup writes both).",
            "A file that is not a valid report is refused and nothing is written. The result is written "
                + "atomically."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged without conflicts", "1:merged with conflicts (recorded in the result), or a "
            + "file was refused or could not be written (then nothing was written)", "2:the command line was wrong"})
final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "the common ancestor (git's %%O; an empty file: none)")
    private Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "our copy (git's %%A)")
    private Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "their copy (git's %%B)")
    private Path theirs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "where the result goes (default: OURS)")
    private Path output;

    @CommandLine.Mixin
    private TextOrJson.Choice format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter messages = format.isJson() ? spec.commandLine().getErr() : out;
        Path target = output == null ? ours : output;
        MergeResult result;
        try {
            result = new FileMerge().merge(base, ours, theirs, target);
        } catch (ReportFormatException e) {
            return refused(out, messages, e.source(), named(e) + " (nothing was merged or written)");
        } catch (IOException e) {
            return refused(out, messages, target.toString(), target + ": could not be written: " + IoMessages.describe(e)
                    + " (left as it was)");
        }
        List<FileFinding> findings = ConflictFindings.of(result.report(), result.conflicts()).stream()
                .map(f -> new FileFinding(target.toString(), f)).toList();
        if (format.isJson()) {
            Reports.printJson(out, stream -> FindingsOutput.json(findings, stream));
        } else {
            FindingsOutput.text(findings, out);
            int n = findings.size();
            out.println(target + ": merged" + (n == 0 ? "" : ", with " + n + (n == 1 ? " conflict" : " conflicts")
                    + " recorded in the report (it holds ours there; each record keeps base, ours and theirs)"));
            out.flush();
        }
        return result.isClean() ? 0 : HindsightCommand.REFUSED;
    }

    /** Says why nothing was merged; as JSON too on standard output with {@code --format json}. */
    private int refused(PrintWriter out, PrintWriter messages, String file, String message) {
        messages.println(message);
        messages.flush();
        if (format.isJson()) {
            Reports.printRefusedJson(out, "findings", file, message);
        }
        return HindsightCommand.REFUSED;
    }

    /** The refusal with the side named, for git passes temporary files (.merge_file_a1B2c3). */
    private String named(ReportFormatException e) {
        String source = e.source();
        String side = source.equals(theirs.toString()) ? "theirs" : source.equals(ours.toString()) ? "ours"
                : source.equals(base.toString()) ? "base" : null;
        String message = e.getMessage();
        if (side == null || !message.startsWith(source)) {
            return message;
        }
        return source + " (" + side + ")" + message.substring(source.length());
    }
}
