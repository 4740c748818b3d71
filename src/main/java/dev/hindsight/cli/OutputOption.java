package dev.hindsight.cli;

import dev.hindsight.format.Names;
import dev.hindsight.format.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;

/**
 * The outputs of {@code export}: {@code --pdf} and {@code --md} take an optional name, and
 * must never take the report. A separate argument ending in {@code .json}, or naming a file
 * that is a report, is left for FILE ({@code export --pdf b.postmortem.json} exports b; it
 * never writes a PDF over it); {@code --pdf=NAME} always names the output. Then no output may
 * replace the input, another report, or the other output.
 */
final class OutputOption implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandLine.Model.CommandSpec command,
                              CommandLine.Model.ArgSpec option, Map<String, Object> info) {
        boolean attached = "=".equals(String.valueOf(info.get("separator")));
        if (attached || args.isEmpty() || args.peek().startsWith("-") || !looksLikeInput(args.peek())) {
            return false; // picocli's own parsing: a value if there is one, else the fallback
        }
        option.setValue("");
        return true;
    }

    private static boolean looksLikeInput(String arg) {
        if (arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        try {
            return ReportFiles.isReport(Path.of(arg));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Refuses, as a wrong command line, outputs that would replace the input, a report, or each other. */
    static void checkTargets(CommandLine cli, Path input, Collection<Path> targets) {
        List<Path> seen = new ArrayList<>();
        for (Path target : targets) {
            String name = Names.shown(target);
            if (isSameFile(target, input)) {
                throw new CommandLine.ParameterException(cli,
                        name + ": an export must not overwrite the report it is made from");
            }
            if (ReportFiles.isReport(target)) {
                throw new CommandLine.ParameterException(cli, name + ": this is a Hindsight report; an export "
                        + "never writes over a report (name another output)");
            }
            for (Path other : seen) {
                if (isSameFile(target, other)) {
                    throw new CommandLine.ParameterException(cli, name + ": --pdf and --md name the same file; "
                            + "each format needs its own");
                }
            }
            seen.add(target);
        }
    }

    /** The same file: the same path once made absolute, or (when both exist) the same file on disk. */
    private static boolean isSameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
