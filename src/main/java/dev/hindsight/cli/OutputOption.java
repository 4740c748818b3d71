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
 * The outputs of {@code export}: {@code --pdf}, {@code --md}, {@code --html} and {@code --docx} take an optional name, and
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

    /** One output to write: from which input, where, with which exporter (made when it is written). */
    record Planned(Path input, Path target, java.util.function.Supplier<dev.hindsight.export.ReportExporter> exporter,
                   String extension) {
    }

    /**
     * Refuses, as a wrong command line and before anything is written, outputs that would replace
     * an input, a report, or each other (two formats naming one file; two inputs writing one name).
     */
    static void checkTargets(CommandLine cli, List<Path> inputs, List<Planned> plan) {
        List<Planned> seen = new ArrayList<>();
        for (Planned p : plan) {
            Path target = p.target();
            String name = Names.shown(target);
            for (Path input : inputs) {
                if (isSameFile(target, input)) {
                    throw new CommandLine.ParameterException(cli, name + ": an export must not overwrite the report "
                            + (input.equals(p.input()) ? "it is made from" : "it would write over (" + Names.shown(input)
                            + " is one of the FILEs)"));
                }
            }
            if (ReportFiles.isReport(target)) {
                throw new CommandLine.ParameterException(cli, name + ": this is a Hindsight report; an export "
                        + "never writes over a report (name another output)");
            }
            for (Planned other : seen) {
                if (!isSameFile(target, other.target())) {
                    continue;
                }
                if (other.input().equals(p.input())) {
                    throw new CommandLine.ParameterException(cli, name + ": --" + other.extension() + " and --"
                            + p.extension() + " name the same file; each format needs its own");
                }
                throw new CommandLine.ParameterException(cli, name + ": " + Names.shown(other.input()) + " and "
                        + Names.shown(p.input()) + " would both be written there; nothing was written (export them "
                        + "into different folders, or rename one)");
            }
            seen.add(p);
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
