package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import dev.hindsight.model.ActionItem;
import dev.hindsight.testing.ChildJvm;
import dev.hindsight.testing.LargeReports;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The action items are streamed like the timeline: a long list fits a small heap. */
class PdfActionItemsStreamTest {
    // Without streaming, 3,000 items need more than 32 MiB and 4,000 fail in 36 MiB; streamed, 24 MiB is enough for any number.
    private static final int ITEMS = 4_000;
    private static final String HEAP = "-Xmx36m";

    @Test
    void fourThousandActionItemsExportInA36MebibyteHeap() throws Exception {
        ProcessBuilder builder = ChildJvm.of(ActionItemsChild.class, List.of(Integer.toString(ITEMS)),
                dev.hindsight.model.Report.class, com.lowagie.text.Document.class, org.commonmark.node.Node.class,
                org.commonmark.ext.gfm.tables.TablesExtension.class);
        List<String> command = builder.command();
        command.add(command.indexOf("-cp"), HEAP);
        Process child = builder.redirectErrorStream(true).start();
        String output;
        try {
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        } finally {
            ChildJvm.kill(child);
        }
        assertThat(output).doesNotContain("OutOfMemoryError").containsPattern("pages \\d{3,}");
        assertThat(child.exitValue()).as(output).isZero();
    }

    @Test
    void rowsGoToTheDocumentAHundredAtATime() throws Exception {
        List<ActionItem> sample = LargeReports.withEvents(60).measures().actionItems();
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            items.add(sample.get(i % sample.size()));
        }
        Document document = new Document();
        PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        int flushes = new PdfActionItems(new Typesetter(PdfFonts.bundled()), 480).write(document, items);
        document.close();
        assertThat(flushes).isEqualTo(3);
    }
}
