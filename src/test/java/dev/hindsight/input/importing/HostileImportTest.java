package dev.hindsight.input.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random text built from the pieces documents are made of: the import reads it or refuses it, never fails. */
class HostileImportTest {
    private static final String[] PIECES = {"# ", "## ", "Timeline", "Impact:", "Root cause", "**Summary**", "| a | b |",
        "|---|---|", "| Time | Event |", "11:05", "23:59 PM", "99:99", "2024-02-30", "June 31, 2024", "- ", "1. ",
        "(owner: , P9, due 2024-13-01)", "[x] ", "\t", "\u00A0", "\uD83D\uDD25", "\u202E", "\r\n", "\n", "\n\n", "---",
        "===", "```", "<table><tr><td>", "</td></tr>", "Severity: Sev 9", "Users affected: 250%", "Times: Mars/Olympus",
        "UTC+14", "UTC+30", "Duration: 11:00 - 10:00", "Sincerely,", "![x](../../etc/passwd)", "Action items", ":", "|"};

    @Test
    void randomDocumentsAreReadOrRefusedNeverCrash() {
        Importer importer = new Importer();
        for (long seed = 1; seed <= 400; seed++) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(80);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(4) == 0) {
                    sb.append(' ').append((char) (32 + r.nextInt(0x3000)));
                }
            }
            String text = sb.toString();
            try {
                ImportResult result = importer.importText(text);
                assertThat(result.report()).as("seed %d", seed).isNotNull();
                assertThat(result.report().summary().usersAffectedPercent() == null
                        || result.report().summary().usersAffectedPercent().intValue() <= 100).isTrue();
            } catch (ImportRefusedException e) {
                assertThat(e.getMessage()).as("seed %d", seed).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " failed on:\n" + text, e);
            }
        }
    }
}
