package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import dev.hindsight.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal names the file, the place and what was expected. */
class RefusalTest {
    private final ReportReader reader = new ReportReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty.json                  |                                   | 0  | 0  | the file is empty
        whitespace.json             |                                   | 0  | 0  | the file is empty
        not-json.json               |                                   | 1  | 1  | not valid JSON: Unrecognized token 'Postmortem'
        truncated.json              |                                   | 79 | 95 | the file ends in the middle of the JSON (is it truncated?)
        trailing-content.json       |                                   | 128| 1  | unexpected content after the end of the JSON document
        not-a-report.json           | ''                                | 1  | 1  | not a Hindsight report: the key "format" is missing
        wrong-format.json           | format                            | 2  | 13 | not a Hindsight report: expected "postmortem-report", found "incident-report"
        array-root.json             | ''                                | 1  | 1  | not a Hindsight report: expected a JSON object
        missing-version.json        | ''                                | 1  | 1  | the key "formatVersion" is missing
        version-zero.json           | formatVersion                     | 3  | 20 | expected a whole number of at least 1, found the number 0
        version-string.json         | formatVersion                     | 3  | 20 | expected a whole number of at least 1, found "1"
        wrong-type-title.json       | title                             | 4  | 12 | expected a string, found the number 42
        wrong-type-authors.json     | authors[1]                        | 11 | 5  | expected a string, found the number 7
        wrong-type-timeline.json    | timeline                          | 22 | 15 | expected a list, found "see the wiki"
        entry-not-object.json       | timeline[0]                       | 23 | 5  | expected an object, found "11:00 detected"
        severity-number.json        | severity                          | 6  | 15 | expected one of "SEV1", "SEV2", "SEV3", "SEV4", "SEV5", or null, found the number 1
        bad-instant.json            | timeline[3].at                    | 39 | 13 | expected an instant with a zone offset, such as "2024-06-10T11:00:00Z", found "yesterday at noon"
        instant-without-offset.json | summary.startedAt                 | 16 | 18 | found "2024-06-10T11:00", which has no zone offset (add Z for UTC, or +02:00)
        bad-date.json               | measures.actionItems[0].due       | 89 | 16 | expected a date such as "2024-06-30" (YYYY-MM-DD), found "2024-02-30"
        percent-out-of-range.json   | summary.usersAffectedPercent      | 19 | 29 | expected a number from 0 to 100 (at most 10 decimals), or null, found the number 150
        duplicate-key.json          |                                   | 51 | 7  | the key "kind" appears twice in timeline[5]; each key may appear only once
        utf16.json                  |                                   | 1  | 1  | the file is UTF-16 (or binary), not UTF-8 text
        latin1.json                 |                                   | 4  | 25 | not UTF-8 text: the byte 0xE9 at offset 81
        """)
    void brokenFilesAreRefusedWithFilePlaceAndExpectation(String name, String path, int line, int column,
                                                           String problem) {
        Path file = Fixtures.path("broken/" + name);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.path()).isEqualTo(path == null ? null : path);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e.problem()).contains(problem.replace("\\\\", "\\"));
                    assertThat(e.getMessage()).startsWith(file + ": ").contains(e.problem());
                    if (path != null && !path.isEmpty()) {
                        assertThat(e.getMessage()).contains(path + " (line " + line + ", column " + column + "): ");
                    }
                });
    }

    @Test
    void aMissingFileAndAFolderAreRefusedToo(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.json")))
                .hasMessage(dir.resolve("gone.json") + ": no such file");
        assertThatThrownBy(() -> reader.read(dir)).hasMessage(dir + ": is a folder, not a report file");
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "POSIX permissions")
    @Test
    void anUnreadableFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = Fixtures.copy(Fixtures.EXAMPLE, dir);
        Files.setPosixFilePermissions(file, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as a user who reads anything");
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("permission denied");
    }
}
