package dev.hindsight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Messages use one fixed form, never the machine's locale. The build runs the message tests
 * (tagged "messages") again under German, French and Turkish (pom.xml, the {@code messages-*}
 * executions); {@code ArchitectureTest} keeps locale-dependent formatting out of the code.
 */
@Tag("messages")
class LocaleIndependenceTest {
    /** The locale runs set {@code hindsight.test.language}: they must really run in that language. */
    @Test
    void aLocaleRunRunsInItsLanguage() {
        String expected = System.getProperty("hindsight.test.language");
        Assumptions.assumeTrue(expected != null, "the default run");
        assertThat(Locale.getDefault().getLanguage()).isEqualTo(expected);
        assertThat(String.format("%,d", 1_000_000)).as("the locale formats numbers its own way")
                .isNotEqualTo("1,000,000");
    }

    @Test
    void numbersInMessagesAreWrittenTheSameEverywhere() {
        ReportReader reader = new ReportReader();
        byte[] big = new byte[70 * 1024 * 1024];
        try {
            reader.read(big, "big.json");
        } catch (ReportFormatException e) {
            assertThat(e.getMessage()).isEqualTo("big.json: the file is 73,400,320 bytes, larger than the limit of "
                    + "67,108,864 bytes (64 MiB) for a report");
            return;
        }
        throw new AssertionError("70 MiB were read");
    }
}
