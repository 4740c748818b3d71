package dev.hindsight.cli;

import dev.hindsight.format.FormatWarning;
import dev.hindsight.format.Names;
import dev.hindsight.format.ReadResult;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hindsight validate FILE...}: one line per file, OK or the refusal. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check that each FILE is a valid report; prints one line per file.",
            "Warnings (a newer format version, unknown values, an outage that ends before it starts) do not fail."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file was refused", "2:the command line was wrong",
            HindsightCommand.EXIT_3})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "report files (*.postmortem.json)")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportReader reader = new ReportReader();
        int exit = 0;
        for (Path file : files) {
            try {
                ReadResult result = reader.read(file);
                out.println(Names.shown(file) + ": OK" + describe(result.warnings()));
            } catch (ReportFormatException e) {
                out.println(e.getMessage());
                exit = HindsightCommand.REFUSED;
            }
        }
        return exit;
    }

    static String describe(List<FormatWarning> warnings) {
        if (warnings.isEmpty()) {
            return "";
        }
        return ", with " + warnings.size() + (warnings.size() == 1 ? " warning: " : " warnings: ")
                + warnings.stream().map(FormatWarning::toString).collect(Collectors.joining("; "));
    }
}
