package dev.hindsight.cli;

import dev.hindsight.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hindsight} command line: validates, formats and exports reports without a display. */
@Command(name = "hindsight", mixinStandardHelpOptions = true, versionProvider = HindsightCommand.VersionProvider.class,
        description = {"Hindsight: write incident postmortems offline.",
            "Without a command, opens the editor window (with the FILEs given, if any)."},
        subcommands = {ValidateCommand.class, FormatCommand.class, ExportCommand.class, StatsCommand.class,
            ActionsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid report (warnings allowed)", "1:a file was refused",
            "2:the command line was wrong"})
public final class HindsightCommand implements Runnable {
    /** Exit code when at least one file was refused. */
    public static final int REFUSED = 1;

    private static final Set<String> SUBCOMMANDS = Set.of("validate", "format", "export", "stats", "actions", "help");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Whether these arguments are meant for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || SUBCOMMANDS.contains(args[0]));
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HindsightCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Hindsight " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
