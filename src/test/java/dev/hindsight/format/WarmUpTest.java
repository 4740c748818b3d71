package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader's warm-up report is a report the reader accepts, so the warm-up runs the whole read. */
class WarmUpTest {
    @Test
    void theWarmUpReportIsReadWhole() throws ReportFormatException {
        ReadResult read = new ReportReader().read(ReportReader.WARM_UP.getBytes(StandardCharsets.UTF_8), "warm-up");
        assertThat(read.report().title()).isEqualTo("warm-up");
        assertThat(read.report().timeline()).hasSize(1);
        assertThat(read.report().authors()).containsExactly("a");
        ReportReader.warmUp(); // and the warm-up itself neither throws nor prints
    }
}
