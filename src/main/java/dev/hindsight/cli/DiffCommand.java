package dev.hindsight.cli;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.DifferencesOutput;
import dev.hindsight.compare.ReportDiff;
import dev.hindsight.model.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hindsight diff A B [--format text|json]}: the differences in meaning between two copies of a report. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what differs in meaning between two copies of a report, section by section: fields, "
            + "timeline rows and action items (matched by content, not position: added, removed, changed, moved), "
            + "changed lines of prose, pictures by their content. Layout (key order, indentation) is no difference.",
            "Places are paths as in messages (timeline[4].text); a row both copies have is named by its position in A, "
                + "a row only B has by its position in B."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the copies are the same in meaning", "1:they differ, or a file was refused",
            "2:the command line was wrong"})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "the first copy (ours)")
    private Path ours;

    @Parameters(index = "1", paramLabel = "B", description = "the second copy (theirs)")
    private Path theirs;

    @CommandLine.Mixin
    private TextOrJson.Choice format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Report> reports = Reports.read(List.of(ours, theirs), format.isJson() ? spec.commandLine().getErr() : out,
                e -> {
                    if (format.isJson()) {
                        Reports.printRefusedJson(out, "differences", e.source(), e.getMessage());
                    }
                });
        if (reports == null) {
            return HindsightCommand.REFUSED;
        }
        List<Difference> differences = ReportDiff.between(reports.get(0), reports.get(1));
        if (format.isJson()) {
            Reports.printJson(out, stream -> DifferencesOutput.json(differences, stream));
        } else if (differences.isEmpty()) {
            out.println(ours + " and " + theirs + ": no difference in meaning");
        } else {
            DifferencesOutput.text(differences, out);
        }
        return differences.isEmpty() ? 0 : 1;
    }
}
