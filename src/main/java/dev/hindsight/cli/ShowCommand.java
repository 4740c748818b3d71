package dev.hindsight.cli;

import dev.hindsight.compare.ReportText;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight show FILE}: a report as readable, stable text, one line per row; git's textconv. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print a report as readable text: one line per timeline row, action item, tag and comment, "
            + "prose line by line under its section, times in the report's time zone. The same report always gives "
            + "the same text, so git can diff it (git config diff.hindsight.textconv \"hindsight show --lenient\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:the file was refused", "2:the command line was wrong"})
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the report file")
    private Path file;

    @Option(names = "--lenient", description = "for git: print a file that is not a valid report as it is, after "
            + "the refusal, and exit 0 (so that git log -p goes on past a broken commit)")
    private boolean lenient;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Report> read = Reports.read(List.of(file), out);
        if (read != null) {
            out.print(ReportText.of(read.get(0)));
            out.flush();
            return 0;
        }
        if (!lenient) {
            return HindsightCommand.REFUSED;
        }
        try {
            out.println();
            out.print(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            out.println(file + ": could not be read");
        }
        return 0;
    }
}
