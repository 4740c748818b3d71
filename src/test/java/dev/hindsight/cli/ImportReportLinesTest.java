package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight import} of a document with thousands of like headings: its report stays a few lines. */
class ImportReportLinesTest {
    @Test
    void fiftyThousandTimelineHeadingsAreSaidOnceAndUnknownSectionsStopAtThirty(@TempDir Path dir) throws Exception {
        StringBuilder md = new StringBuilder("# Chat export\n\n");
        for (int i = 0; i < 50_000; i++) {
            md.append("## Timeline\n\n").append(String.format("%02d:%02d", i / 60 % 24, i % 60)).append(" step ")
                    .append(i).append("\n\n");
        }
        for (int i = 0; i < 45; i++) {
            md.append("## Channel ").append(i).append("\n\nsaid in channel ").append(i).append("\n\n");
        }
        Path doc = Files.writeString(dir.resolve("chat.md"), md);
        StringWriter out = new StringWriter();
        int code = HindsightCommand.run(new String[] {"import", doc.toString()}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        assertThat(new ReportReader().read(dir.resolve("chat.postmortem.json")).report().timeline()).hasSize(50_000);
        List<String> lines = out.toString().lines().toList();
        List<String> placements = lines.stream().filter(l -> l.startsWith("  ")).toList();
        List<String> notes = lines.stream().filter(l -> l.startsWith(doc + ": note: ")).toList();
        // one line for the 50,000 headings, 29 of the 45 channels, then how many placements were not listed
        assertThat(placements).hasSize(31).startsWith("  \u201CTimeline\u201D (\u00D750,000) \u2192 Timeline")
                .contains("  \u201CChannel 28\u201D \u2192 Closing Remarks, under its own heading (not a section "
                        + "Hindsight knows)").doesNotContain("  \u201CChannel 29\u201D \u2192 Closing Remarks, "
                        + "under its own heading (not a section Hindsight knows)").endsWith("  \u2026 and 16 more");
        assertThat(notes).hasSize(31).contains(doc + ": note: \u201CChannel 0\u201D is not a section Hindsight knows: "
                + "its text is kept in the Closing Remarks under its own heading");
        assertThat(notes.get(30)).matches(java.util.regex.Pattern.quote(doc + ": note: \u2026 and ") + "1[5-9] more");
        assertThat(lines).hasSize(1 + 31 + 31);
    }
}
