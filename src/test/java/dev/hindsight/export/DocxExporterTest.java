package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.Report;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The Word export read back with POI: headings in heading styles, tables, the order of the PDF. */
class DocxExporterTest {
    static byte[] docx(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(report, out, ExportOptions.defaults(), ExportProgress.NONE);
        return out.toByteArray();
    }

    private static Report example() throws Exception {
        return new dev.hindsight.format.ReportReader().read(Fixtures.path(Fixtures.EXAMPLE)).report();
    }

    @Test
    void theExampleHasRealHeadingStylesTheSummaryFirstAndTablesForTimelineAndActions() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(example())))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + ":" + p.getText()).toList();
            assertThat(headings).containsExactly("Heading1:Issue Summary", "Heading1:Timeline", "Heading1:Root Cause",
                    "Heading1:Resolution and Recovery", "Heading1:Corrective and Preventative Measures",
                    "Heading2:Action items", "Heading1:Closing Remarks");
            // The styles part names them as Word does, with outline levels: Word's navigation and Google Docs see them.
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isEqualTo(1);
            assertThat(doc.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactly("Database Vanished");
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables.get(0).getRow(0).getCell(1).getText()).isEqualTo("10 Jun 2024 11:00\u201313:00 UTC");
            XWPFTable timeline = tables.get(1);
            assertThat(timeline.getRows()).hasSize(12);
            assertThat(timeline.getRow(0).isRepeatHeader()).isTrue();
            assertThat(timeline.getRow(4).getTableCells().stream().map(c -> c.getText()).toList())
                    .containsExactly("2024-06-10 11:15", "\u25B2 Misleading",
                            "Checked for potential network issues, suspected a data breach.");
            // The Kind column holds "● Investigation" on one line (LibreOffice broke it at 17 % of the width).
            var grid = timeline.getCTTbl().getTblGrid().getGridColList();
            long total = grid.stream().mapToLong(c -> ((java.math.BigInteger) c.getW()).longValue()).sum();
            assertThat(((java.math.BigInteger) grid.get(1).getW()).longValue() * 100 / total).isGreaterThanOrEqualTo(20);
            XWPFTable actions = tables.get(2);
            assertThat(actions.getRows()).hasSize(5);
            assertThat(actions.getRow(1).getCell(0).getText()).isEqualTo("P1");
            assertThat(actions.getRow(1).getCell(1).getText()).contains("Update access controls")
                    .contains("Review and update user permissions");
            // The summary comes before the timeline in the body.
            List<IBodyElement> body = doc.getBodyElements();
            assertThat(body.indexOf(tables.get(0))).isLessThan(body.indexOf(timeline));
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("DROP DATABASE").contains("Sincerely,");
            // The resolution's numbered list is a Word list.
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Identified the accidental"))
                    .findFirst().orElseThrow().getNumID()).isNotNull();
        }
    }

    /** The width of {@code text} in points in the bundled DejaVu Sans at 11 pt: wider than Word's Calibri. */
    private static double dejaVuPoints(String text, boolean bold) throws Exception {
        String name = bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
        try (var in = DocxExporter.class.getResourceAsStream("/dev/hindsight/fonts/" + name)) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(11f);
            return font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        }
    }

    @Test
    void theActionItemsShortColumnsHoldADateAPriorityAndAStatusWordWithoutBreakingThem() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(example())))) {
            XWPFTable actions = doc.getTables().get(2);
            var grid = actions.getCTTbl().getTblGrid().getGridColList();
            // a column's room for text in points: its width in twentieths of a point, less 2 x 80 of cell margins
            double[] room = grid.stream().mapToDouble(c -> (((java.math.BigInteger) c.getW()).longValue() - 160) / 20.0)
                    .toArray();
            assertThat(room).hasSize(5);
            // before: Due and Status had 12 % of the page (46 pt): "2025-03-" over "15" and "In progres" over "s"
            assertThat(room[0]).as("Priority").isGreaterThanOrEqualTo(dejaVuPoints("Priority", true));
            assertThat(room[3]).as("Due").isGreaterThanOrEqualTo(dejaVuPoints("2088-08-28", false));
            for (var status : dev.hindsight.model.ActionStatus.KNOWN) {
                for (String word : status.label().split(" ")) {
                    assertThat(room[4]).as("Status: " + word).isGreaterThanOrEqualTo(dejaVuPoints(word, true));
                }
            }
            assertThat(room[1]).as("the Action column stays the widest").isGreaterThan(room[2] * 2);
        }
    }

    @Test
    void aTimelineEventIsNeverSplitOverTwoPages() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(example())))) {
            XWPFTable timeline = doc.getTables().get(1);
            // before: LibreOffice put "2025-03-02" at the foot of a page and "10:10" with the event on the next
            assertThat(timeline.getRows().subList(1, timeline.getRows().size()))
                    .allMatch(org.apache.poi.xwpf.usermodel.XWPFTableRow::isCantSplitRow);
        }
    }

    @Test
    void anEventThatMayBeTallerThanAPageMaySplit() throws Exception {
        Report report = example();
        List<TimelineEntry> timeline = new ArrayList<>(report.timeline());
        timeline.set(0, timeline.get(0).withText("The pool ran dry. ".repeat(400)));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(report.withTimeline(timeline))))) {
            XWPFTable table = doc.getTables().get(1);
            // Word cuts off a row it may not split that is taller than a page
            assertThat(table.getRow(1).isCantSplitRow()).isFalse();
            assertThat(table.getRow(2).isCantSplitRow()).isTrue();
        }
    }

    @Test
    void arabicAndHebrewParagraphsAreRightToLeftAndRawHtmlStaysText() throws Exception {
        Report report = Report.blank().withTitle("\u05EA\u05E7\u05DC\u05D4")
                .withRootCause("\u0627\u0644\u062E\u0627\u062F\u0645 \u062A\u0648\u0642\u0641.\n\nPlain <b>html</b>");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(report)))) {
            XWPFParagraph arabic = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("\u0627"))
                    .findFirst().orElseThrow();
            assertThat(arabic.getCTP().getPPr().isSetBidi()).isTrue();
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle()))
                    .findFirst().orElseThrow();
            assertThat(title.getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Plain <b>html</b>");
        }
    }
}
