package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line guesses from its raw arguments whether an export writes a PDF, to read the fonts early. */
class ExportPreloadTest {
    @Test
    void aPdfIsWrittenWhenAskedForOrWhenNoOtherFormatIs() {
        assertThat(ExportCommand.writesPdf(new String[] {"export", "r.postmortem.json"})).isTrue();
        assertThat(ExportCommand.writesPdf(new String[] {"export", "r.postmortem.json", "--pdf=out.pdf"})).isTrue();
        assertThat(ExportCommand.writesPdf(new String[] {"export", "a.json", "--md", "--pdf", "--out-dir", "d"})).isTrue();
        assertThat(ExportCommand.writesPdf(new String[] {"export", "r.postmortem.json", "--md"})).isFalse();
        assertThat(ExportCommand.writesPdf(new String[] {"export", "r.postmortem.json", "--html=r.html", "--docx"}))
                .isFalse();
        assertThat(ExportCommand.writesPdf(new String[] {"export", "r.postmortem.json", "--mdx"})).isTrue();
    }
}
