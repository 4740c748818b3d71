package dev.hindsight.cli;

import dev.hindsight.format.IoMessages;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hindsight format FILE...}: rewrites each report in canonical form, atomically. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Rewrite each FILE in canonical form, atomically. Only the layout changes: "
            + "no value, not even updatedAt. A file that does not validate is left untouched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is canonical now", "1:a file was refused or could not be written",
            "2:the command line was wrong"})
final class FormatCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "report files to rewrite")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportFiles reports = new ReportFiles();
        int exit = 0;
        for (Path file : files) {
            try {
                out.println(file + (reports.format(file) ? ": formatted" : ": already canonical"));
            } catch (ReportFormatException e) {
                out.println(e.getMessage() + " (left untouched)");
                exit = HindsightCommand.REFUSED;
            } catch (IOException e) {
                out.println(file + ": could not be written: " + IoMessages.describe(e) + " (left untouched)");
                exit = HindsightCommand.REFUSED;
            }
        }
        return exit;
    }
}
