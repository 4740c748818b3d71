package dev.hindsight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No failure is swallowed without a trace: a catch of an I/O failure or of a broad exception
 * type does something (logs, reports, rethrows, returns a fallback), it never only holds a
 * comment. Narrow, expected exceptions (a date that does not parse) may be caught silently.
 */
class SilentCatchTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> FAILURES = Set.of("IOException", "UncheckedIOException", "RuntimeException",
            "Exception", "Throwable", "Error");
    /** The files allowed one silent catch, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "JsonTreeReader.java", "closing a parser over a string in memory releases nothing",
            "LogFileHandler.java", "the log cannot log that closing itself failed");
    private static final Pattern CATCH = Pattern.compile("catch\\s*\\(([^)]*)\\)\\s*\\{");

    @Test
    void noFailureIsCaughtWithAnEmptyBlock() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                silent.addAll(silentCatches(file));
            }
        }
        assertThat(silent).as("catch blocks that hide a failure: log it (java.util.logging) or handle it").isEmpty();
    }

    /** The silent catches of failures in a source file that is not allowed one, as "File.java:line". */
    static List<String> silentCatches(Path file) throws IOException {
        String source = Files.readString(file);
        List<String> found = new ArrayList<>();
        int allowance = ALLOWED.containsKey(file.getFileName().toString()) ? 1 : 0;
        Matcher m = CATCH.matcher(source);
        while (m.find()) {
            boolean failure = Stream.of(m.group(1).split("\\|")).map(t -> t.trim().split("\\s+")[0])
                    .map(t -> t.substring(t.lastIndexOf('.') + 1)).anyMatch(FAILURES::contains);
            String body = source.substring(m.end(), closingBrace(source, m.end()));
            String code = body.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").strip();
            if (failure && code.isEmpty() && allowance-- <= 0) {
                found.add(file.getFileName() + ":" + (source.substring(0, m.start()).split("\n", -1).length));
            }
        }
        return found;
    }

    private static int closingBrace(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    @Test
    void theCheckFindsACommentOnlyCatch() throws IOException {
        Path dir = Files.createTempDirectory("silent");
        Path file = Files.writeString(dir.resolve("Example.java"), "class Example {\n void a() {\n"
                + "  try { x(); } catch (java.io.IOException | IllegalStateException e) {\n   // fine, really\n  }\n"
                + "  try { x(); } catch (java.time.DateTimeException e) {\n   // expected\n  }\n"
                + "  try { x(); } catch (RuntimeException e) { log(e); }\n }\n}\n");
        assertThat(silentCatches(file)).containsExactly("Example.java:3");
    }
}
