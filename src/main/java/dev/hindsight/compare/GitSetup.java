package dev.hindsight.compare;

import dev.hindsight.format.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sets a git repository up for reports: the merge driver and the text form for diffs in the
 * repository's git config, and {@code *.postmortem.json merge=hindsight diff=hindsight} in the
 * {@code .gitattributes} at its top. Running it again changes nothing; a line already there is
 * never added twice. Git itself writes its config (through {@code git config}).
 */
public final class GitSetup {
    public static final String ATTRIBUTES_LINE = "*.postmortem.json merge=hindsight diff=hindsight";
    private static final long GIT_SECONDS = 30;

    private final String command;

    /** {@code command} is how git runs Hindsight: {@code hindsight}, or a full path or {@code java -jar …}. */
    public GitSetup(String command) {
        this.command = command;
    }

    /** What a setup did, for the user: the repository's top folder and what changed there. */
    public record Outcome(Path top, List<String> changed) {
        public boolean changedAnything() {
            return !changed.isEmpty();
        }
    }

    /** The git config entries a setup writes, in order. */
    public Map<String, String> config() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("merge.hindsight.name", "Hindsight: three-way merge of postmortem reports");
        out.put("merge.hindsight.driver", command + " merge %O %A %B");
        out.put("diff.hindsight.textconv", command + " show --lenient");
        // Hunk headers name the section of hindsight show's text ("== Timeline ==").
        out.put("diff.hindsight.xfuncname", "^== (.*) ==$");
        return out;
    }

    public Outcome apply(Path dir) throws IOException {
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> entry : config().entrySet()) {
            String now = gitOrEmpty(top, "config", "--local", "--get", entry.getKey()).strip();
            if (!now.equals(entry.getValue())) {
                git(top, "config", "--local", entry.getKey(), entry.getValue());
                changed.add("git config " + entry.getKey() + " \"" + entry.getValue() + "\"");
            }
        }
        Path attributes = top.resolve(".gitattributes");
        String text = Files.exists(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
        if (text.lines().map(String::strip).noneMatch(ATTRIBUTES_LINE::equals)) {
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            new AtomicFileWriter().write(attributes, (text + separator + ATTRIBUTES_LINE + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            changed.add(".gitattributes: " + ATTRIBUTES_LINE);
        }
        return new Outcome(top, changed);
    }

    private static String git(Path dir, String... args) throws IOException {
        Result r = run(dir, args);
        if (r.exit != 0) {
            String said = r.output.strip();
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir
                    + (said.isEmpty() ? "" : ": " + said));
        }
        return r.output;
    }

    /** The output of a git command that may fail for a good reason (a config key not set yet). */
    private static String gitOrEmpty(Path dir, String... args) throws IOException {
        Result r = run(dir, args);
        return r.exit == 0 ? r.output : "";
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("git could not be started (is it installed and on the PATH?): " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish in " + GIT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git was running", e);
        }
    }
}
