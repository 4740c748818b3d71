package dev.hindsight.cli;

import dev.hindsight.library.ActionQuery;
import dev.hindsight.library.ActionRow;
import dev.hindsight.library.Library;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hindsight actions PATH...}: the action items across a library of reports. */
@Command(name = "actions", mixinStandardHelpOptions = true,
        description = {"List the action items of the reports under each PATH, the earliest due date first "
            + "(items without one last), then the most urgent priority.",
            "Open means open or in progress; overdue means open with a due date before today (--today)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "1:some files were refused (the items are still printed, the "
            + "refused files named on standard error)", "2:the command line was wrong"})
final class ActionsCommand implements Callable<Integer> {
    @Mixin
    private LibraryArguments library;

    @Option(names = "--open", description = "only open and in-progress items")
    private boolean open;

    @Option(names = "--overdue", description = "only overdue items (open or in progress, due before today)")
    private boolean overdue;

    @Option(names = "--owner", paramLabel = "NAME", description = "only NAME's items (any case)")
    private String owner;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Library loaded = library.load(spec.commandLine().getErr());
        List<ActionRow> rows = new ActionQuery(open, overdue, owner, library.today()).rows(loaded.reports());
        library.print(out, () -> ActionsOutput.text(rows), () -> ActionsOutput.csv(rows),
                () -> ActionsOutput.json(rows, loaded.refused()));
        return LibraryArguments.exitCode(loaded);
    }
}
