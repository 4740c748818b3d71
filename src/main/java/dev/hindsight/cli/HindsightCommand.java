package dev.hindsight.cli;

import dev.hindsight.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hindsight} command line: validates, formats and exports reports without a display. */
@Command(name = "hindsight", mixinStandardHelpOptions = true, versionProvider = HindsightCommand.VersionProvider.class,
        description = {"Hindsight: write incident postmortems offline.",
            "Without a command, opens the editor window (with the FILEs given, if any)."},
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

    /**
     * The subcommands, in the order help lists them. They are added when the command line is built,
     * not named in the annotation, so that running one builds only that one's model (picocli reads
     * every registered command's annotations by reflection: a tenth of a second at start-up).
     */
    static final List<Class<?>> SUBCOMMAND_CLASSES = List.of(ValidateCommand.class, FormatCommand.class,
            ExportCommand.class, CheckCommand.class, DiffCommand.class, ShowCommand.class, GitDiffCommand.class,
            MergeCommand.class, GitSetupCommand.class, StatsCommand.class, ActionsCommand.class, ImportCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * The names and aliases of the subcommands, read from their annotations without building
     * the command line ({@link CommandNames} has them written out for the window's start-up).
     */
    static Set<String> subcommandNames() {
        return SUBCOMMAND_CLASSES.stream().flatMap(HindsightCommand::names).collect(Collectors.toUnmodifiableSet());
    }

    private static Stream<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        return Stream.concat(Stream.of(c.name()), Arrays.stream(c.aliases()));
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CheckCommand.preload(args); // on a second core, while picocli builds the command line
        ExportCommand.preload(args);
        return execute(commandLine(out, err, args), args);
    }

    /**
     * The command line for running {@code args}: when they name a subcommand other than help,
     * only that subcommand is built; otherwise (help, usage, a wrong name: its suggestions) all are.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        // Reading a command's annotations costs: stop at the one named.
        List<Class<?>> wanted = CommandNames.SUBCOMMANDS.contains(first) ? SUBCOMMAND_CLASSES.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && names(c).anyMatch(first::equals)).limit(1).toList()
                : List.of();
        return commandLine(out, err, wanted.isEmpty() ? SUBCOMMAND_CLASSES : wanted, new Object[0]);
    }

    /**
     * The command line with its subcommands (and {@code more}, for tests), writing to {@code out}
     * and {@code err}, and its failures worded.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... more) {
        return commandLine(out, err, SUBCOMMAND_CLASSES, more);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands,
            Object[] more) {
        CommandLine cli = new CommandLine(new HindsightCommand());
        for (Class<?> command : subcommands) {
            cli.addSubcommand(command);
        }
        for (Object command : more) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, Failures::path);
        cli.registerConverter(java.time.LocalDate.class, Failures::date);
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
