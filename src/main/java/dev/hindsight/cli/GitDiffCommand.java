package dev.hindsight.cli;

import dev.hindsight.compare.Difference;
import dev.hindsight.compare.DifferencesOutput;
import dev.hindsight.compare.ReportDiff;
import dev.hindsight.compare.ReportText;
import dev.hindsight.model.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hindsight git-diff PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE}: git's external diff
 * (GIT_EXTERNAL_DIFF, diff.hindsight.command), the differences in meaning of one report.
 */
@Command(name = "git-diff", mixinStandardHelpOptions = true,
        description = {"Git's external diff for reports: git config diff.hindsight.command \"hindsight git-diff\" "
            + "(or GIT_EXTERNAL_DIFF=\"hindsight git-diff\"). Prints what differs in meaning, like hindsight diff.",
            "Exits 0 even when the copies differ or one is refused (the refusal is printed), because git stops "
                + "at the first external diff that fails."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the differences (or a refusal) were printed", "2:the command line was wrong"})
final class GitDiffCommand implements Callable<Integer> {
    private static final String NONE = "/dev/null";

    @Parameters(index = "0", paramLabel = "PATH", description = "the report's path in the repository")
    private String path;

    @Parameters(index = "1", paramLabel = "OLD-FILE")
    private Path oldFile;

    @Parameters(index = "2", paramLabel = "OLD-HEX")
    private String oldHex;

    @Parameters(index = "3", paramLabel = "OLD-MODE")
    private String oldMode;

    @Parameters(index = "4", paramLabel = "NEW-FILE")
    private Path newFile;

    @Parameters(index = "5", paramLabel = "NEW-HEX")
    private String newHex;

    @Parameters(index = "6", paramLabel = "NEW-MODE")
    private String newMode;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("hindsight diff a/" + path + " b/" + path);
        boolean added = oldFile.toString().equals(NONE);
        boolean deleted = newFile.toString().equals(NONE);
        List<Report> reports = Reports.read(added ? List.of(newFile) : deleted ? List.of(oldFile)
                : List.of(oldFile, newFile), out);
        if (reports == null) {
            return 0;
        }
        if (added || deleted) {
            out.println(added ? "new report:" : "deleted report:");
            ReportText.of(reports.get(0)).lines().forEach(line -> out.println((added ? "+ " : "- ") + line));
            out.flush();
            return 0;
        }
        List<Difference> differences = ReportDiff.between(reports.get(0), reports.get(1));
        if (differences.isEmpty()) {
            out.println("no difference in meaning");
            out.flush();
        } else {
            DifferencesOutput.text(differences, out);
        }
        return 0;
    }
}
