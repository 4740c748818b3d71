package dev.hindsight.cli;

import dev.hindsight.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hindsight} command line: validates, formats and exports reports without a display. */
@Command(name = "hindsight", mixinStandardHelpOptions = true, versionProvider = HindsightCommand.VersionProvider.class,
        description = {"Hindsight: write incident postmortems offline.",
            "Without a command, opens the editor window (with the FILEs given, if any)."},
        subcommands = {ValidateCommand.class, FormatCommand.class, ExportCommand.class, CheckCommand.class,
            DiffCommand.class, ShowCommand.class, GitDiffCommand.class, MergeCommand.class, GitSetupCommand.class,
            StatsCommand.class, ActionsCommand.class, ImportCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid report (warnings allowed)", "1:a file was refused",
            "2:the command line was wrong", HindsightCommand.EXIT_3})
public final class HindsightCommand implements Runnable {
    /** Exit code when at least one file was refused. */
    public static final int REFUSED = 1;
    /** Exit code when the command line was wrong. */
    public static final int USAGE = 2;
    /** Exit code of an internal error or of too little memory: the message says where the log is or what to do. */
    public static final int INTERNAL = 3;
    /** The line every command's help gives exit code 3. */
    static final String EXIT_3 = "3:an internal error (the message names the log) or not enough memory "
            + "(the message says how to give Java more)";

    /** The names that start the command line rather than the window: every registered subcommand's. */
    private static final Set<String> SUBCOMMANDS = subcommandNames();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Whether these arguments are meant for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || SUBCOMMANDS.contains(args[0]));
    }

    /**
     * The names and aliases of the subcommands registered above, read from the annotation
     * without building the command line (the window's start-up pays nothing for it).
     */
    static Set<String> subcommandNames() {
        return Arrays.stream(HindsightCommand.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class))
                .flatMap(c -> Stream.concat(Stream.of(c.name()), Arrays.stream(c.aliases())))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(out, err), args);
    }

    /**
     * The command line with its subcommands (and {@code more}, for tests), writing to {@code out}
     * and {@code err}, and its failures worded.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... more) {
        CommandLine cli = new CommandLine(new HindsightCommand());
        for (Object command : more) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, Failures::path);
        cli.setParameterExceptionHandler(Failures::usageError);
        cli.setExecutionExceptionHandler(Failures::internalError);
        return cli;
    }

    /** Runs {@code args}; whatever a command throws, even running out of memory, ends in one line and an exit code. */
    static int execute(CommandLine cli, String[] args) {
        String command = "hindsight" + (args.length > 0 && cli.getSubcommands().containsKey(args[0]) ? " " + args[0] : "");
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return Failures.outOfMemory(cli.getErr(), command);
        } catch (RuntimeException | Error e) {
            return Failures.internalError(cli.getErr(), command, e);
        }
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
