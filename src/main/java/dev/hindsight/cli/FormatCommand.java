package dev.hindsight.cli;

import dev.hindsight.format.IoMessages;
import dev.hindsight.format.Names;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.SaveRefusedException;
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
            + "no value, not even updatedAt. A file that does not validate is left untouched, and so is one "
            + "whose canonical form Hindsight could not open again (it would break a limit of the reader) "
            + "or that another program changed while it was being formatted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is canonical now", "1:a file was refused or could not be written",
            "2:the command line was wrong", HindsightCommand.EXIT_3})
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
            String name = Names.shown(file);
            try {
                ReportFiles.Formatted done = reports.format(file);
                out.println(name + (done.rewritten() ? ": formatted" : ": already canonical")
                        + ValidateCommand.describe(done.read().warnings()));
            } catch (ReportFormatException e) {
                out.println(e.getMessage() + " (left untouched)");
                exit = HindsightCommand.REFUSED;
            } catch (SaveRefusedException e) {
                out.println(name + ": " + refusal(e));
                exit = HindsightCommand.REFUSED;
            } catch (IOException e) {
                out.println(name + ": could not be written: " + IoMessages.describe(e) + " (left untouched)");
                exit = HindsightCommand.REFUSED;
            }
        }
        return exit;
    }

    private static String refusal(SaveRefusedException e) {
        switch (e.reason()) {
            case CHANGED_ON_DISK:
                return "another program changed the file while it was being formatted; left as that program "
                        + "wrote it (run format again)";
            case WOULD_NOT_OPEN:
            default:
                ReportFormatException why = e.refusal();
                String place = why.path() == null || why.path().isEmpty() ? "" : why.path() + ": ";
                return "not formatted: in canonical form Hindsight could not open it again (" + place + why.problem()
                        + "); left untouched";
        }
    }
}
