package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refusals the fixture files of {@link RefusalTest} do not reach, each with its words and place. */
@Tag("messages")
class InlineRefusalTest {
    private final ReportReader reader = new ReportReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        "formatVersion": 1.5                      | formatVersion                 | expected a whole number of at least 1, found the number 1.5
        "formatVersion": 1e10                     | formatVersion                 | expected a whole number of at least 1, found the number 1e10
        "authors": "Ann"                          | authors                       | expected a list of strings, found "Ann"
        "createdAt": 1718017200                   | createdAt                     | expected an instant with a zone offset, such as "2024-06-10T11:00:00Z", or null, found the number 1718017200
        "summary": []                             | summary                       | expected an object, found a list
        "summary": {"usersAffectedPercent": "5%"} | summary.usersAffectedPercent  | expected a number from 0 to 100 (at most 10 decimals), or null, found "5%"
        "measures": {"actionItems": [{"due": 20240630}]} | measures.actionItems[0].due | expected a date such as "2024-06-30" (YYYY-MM-DD), or null, found the number 20240630
        "status": null                            | status                        | expected one of "draft", "in-review", "final", found null
        """)
    void eachRefusalNamesThePlaceAndWhatWasExpected(String member, String path, String problem) {
        byte[] bytes = ("{\"format\": \"postmortem-report\",\n\"formatVersion\": 1,\n" + member + "\n}")
                .replace("\"formatVersion\": 1,\n\"formatVersion\"", "\"formatVersion\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(bytes, "inline.json"))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.line()).as("the line of the value").isEqualTo(member.startsWith("\"formatVersion\"") ? 2 : 3);
                });
    }

    @Test
    void aFaultOfTheReaderItselfIsARefusalThatSaysToReportIt() {
        Migrations broken = new Migrations(List.of(new Migration() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public void apply(ObjectNode root) {
                throw new IllegalStateException("a bug in a migration");
            }
        }), 2);
        ReportReader buggy = new ReportReader(FormatLimits.DEFAULT, broken);
        byte[] bytes = "{\"format\": \"postmortem-report\", \"formatVersion\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> buggy.read(bytes, "any.json"))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.isReaderFault()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("any.json: could not be read (java.lang.IllegalStateException: "
                            + "a bug in a migration); please report this as a bug");
                });
    }

    @Test
    void theFileRefusalsOfTheReaderAreNotReaderFaults() {
        assertThatThrownBy(() -> reader.read(new byte[0], "empty.json"))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> assertThat(e.isReaderFault()).isFalse());
    }
}
