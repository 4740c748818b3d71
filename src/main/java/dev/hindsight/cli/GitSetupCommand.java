package dev.hindsight.cli;

import dev.hindsight.compare.GitSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight git-setup [DIR]}: sets a git repository up to merge and diff reports with Hindsight. */
@Command(name = "git-setup", mixinStandardHelpOptions = true,
        description = {"Set up the git repository that holds DIR (default: the current folder) for reports: the merge "
            + "driver (merge.hindsight.driver \"hindsight merge %%O %%A %%B\") and the text form for diffs "
            + "(diff.hindsight.textconv \"hindsight show --lenient\") in its git config, and "
            + "\"" + GitSetup.ATTRIBUTES_LINE + "\" in .gitattributes at its top.",
            "Running it again changes nothing; no line is added twice."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the repository is set up", "1:DIR is not in a git repository, or git failed",
            "2:the command line was wrong"})
final class GitSetupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".", description = "a folder of the repository")
    private Path dir;

    @Option(names = "--command", paramLabel = "CMD", defaultValue = "hindsight",
            description = "how git runs Hindsight (default: ${DEFAULT-VALUE}); e.g. a full path, or \"java -jar "
                + "/opt/hindsight/hindsight.jar\"")
    private String command;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            GitSetup.Outcome outcome = new GitSetup(command).apply(dir);
            if (!outcome.changedAnything()) {
                out.println(outcome.top() + ": already set up for Hindsight reports");
            }
            for (String change : outcome.changed()) {
                out.println(outcome.top() + ": " + change);
            }
            return 0;
        } catch (IOException e) {
            out.println(dir + ": " + e.getMessage());
            return HindsightCommand.REFUSED;
        }
    }
}
