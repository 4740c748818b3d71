package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import org.junit.jupiter.api.Test;

/** Random reports, written then read back, are equal to the original and re-encode to the same bytes. */
class RoundTripTest {
    @Test
    void randomReportsSurviveWriteAndRead() throws Exception {
        ReportEncoder encoder = new ReportEncoder();
        ReportReader reader = new ReportReader();
        RandomReports reports = new RandomReports(20261124L);
        for (int i = 0; i < 2_000; i++) {
            Report original = reports.next();
            byte[] bytes = encoder.encode(original);
            Report read = reader.read(bytes, "random-" + i).report();
            assertThat(read).as("report %d", i).isEqualTo(original);
            assertThat(encoder.encode(read)).isEqualTo(bytes);
        }
    }
}
