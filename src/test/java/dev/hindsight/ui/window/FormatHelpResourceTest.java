package dev.hindsight.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Help ▸ Report File Format reads the format document the build copies into the jar. */
class FormatHelpResourceTest {
    @Test
    void theHelpResourceIsTheFormatDocumentByteForByte() throws Exception {
        try (InputStream in = HelpDialogs.class.getResourceAsStream(HelpDialogs.FORMAT_RESOURCE)) {
            assertThat(in).as(HelpDialogs.FORMAT_RESOURCE + " is packaged").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("docs/format/report-format.md")));
        }
    }
}
