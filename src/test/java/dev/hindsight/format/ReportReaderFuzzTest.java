package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hindsight.model.Report;

/**
 * Fuzzes the reader with Jazzer. Without {@code JAZZER_FUZZ} (as in {@code mvn verify}) it
 * replays the committed inputs in {@code ReportReaderFuzzTestInputs/}; with it, it fuzzes for
 * real (see docs/hardening.md). Any bytes must end in a report or in the reader's own refusal,
 * and a report that reads must write and read back equal.
 */
class ReportReaderFuzzTest {
    private static final ReportReader READER = new ReportReader();
    private static final ReportEncoder ENCODER = new ReportEncoder();

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "/dev/hindsight/format/report.dict")
    void readsOrRefuses(byte[] bytes) throws ReportFormatException {
        ReadResult result;
        try {
            result = READER.read(bytes, "fuzz.json");
        } catch (ReportFormatException refusal) {
            assertThat(refusal.isReaderFault()).as("a fault of the reader, not of the file: %s", refusal).isFalse();
            assertThat(refusal.getMessage()).startsWith("fuzz.json: ");
            assertThat(refusal.problem()).isNotBlank();
            return;
        }
        Report report = result.report();
        byte[] written = ENCODER.encode(report);
        Report reread = READER.read(written, "rewritten.json").report();
        assertThat(reread).isEqualTo(report);
        assertThat(ENCODER.encode(reread)).isEqualTo(written);
    }
}
