package dev.hindsight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Files whose bytes matter keep them in any checkout (.gitattributes): a Windows clone with
 * {@code core.autocrlf=true} must not turn the byte-for-byte fixtures, the format's example or
 * the Linux scripts into CRLF. Checked with {@code git check-attr} on every tracked file, so a
 * fixture added later is covered too; skipped outside a git checkout (a source archive).
 */
class GitAttributesTest {
    private static String git(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no git here: " + e.getMessage());
            throw e;
        }
        git.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        git.getOutputStream().close();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(git.exitValue() == 0, "not a git checkout: " + out);
        return out;
    }

    /** attribute → value for each path, from {@code git check-attr}. */
    private static Map<String, Map<String, String>> attributes(List<String> paths) throws Exception {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        String out = git(String.join("\n", paths) + "\n", "check-attr", "--stdin", "text", "eol", "diff");
        for (String line : out.split("\n")) {
            String[] parts = line.split(": ");
            result.computeIfAbsent(parts[0], p -> new LinkedHashMap<>()).put(parts[1], parts[2]);
        }
        return result;
    }

    @Test
    void filesCheckedByteForByteScriptsAndBinariesKeepTheirBytesInEveryCheckout() throws Exception {
        List<String> tracked = List.of(git("", "ls-files").split("\n"));
        List<String> exact = tracked.stream().filter(p -> p.endsWith(".json") || p.startsWith("src/test/resources/")
                || p.startsWith("docs/format/")).collect(Collectors.toList());
        List<String> scripts = tracked.stream().filter(p -> p.endsWith(".sh") || p.equals(".ci/run")
                || p.startsWith("packaging/linux/")).collect(Collectors.toList());
        List<String> binaries = tracked.stream().filter(p -> p.matches(".*\\.(ttf|png|ico|icns)"))
                .collect(Collectors.toList());
        assertThat(exact).contains("src/test/resources/reports/odd/bom-crlf.json",
                "docs/format/examples/database-vanished.postmortem.json");
        assertThat(scripts).contains(".ci/run", "packaging/linux/postinst");
        assertThat(binaries).isNotEmpty();

        Map<String, Map<String, String>> attrs = attributes(tracked);
        assertThat(exact).allSatisfy(p -> assertThat(attrs.get(p).get("text")).as("%s: text", p).isEqualTo("unset"));
        assertThat(scripts).allSatisfy(p -> assertThat(attrs.get(p).get("eol")).as("%s: eol", p).isEqualTo("lf"));
        assertThat(binaries).allSatisfy(p -> assertThat(attrs.get(p)).as(p)
                .containsEntry("text", "unset").containsEntry("diff", "unset"));
    }
}
