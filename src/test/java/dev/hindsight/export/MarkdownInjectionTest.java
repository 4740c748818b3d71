package dev.hindsight.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Report;
import dev.hindsight.model.Severity;
import dev.hindsight.model.TimelineEntry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/**
 * Hostile values in every plain field of a report: the Markdown export, read back with CommonMark,
 * has no link, image, HTML or heading that came from a value, every table row keeps its cells,
 * and the text of every value is there.
 */
class MarkdownInjectionTest {
    private static final String[] HOSTILE = {"[x](javascript:alert(1))", "<img src=x onerror=alert(1)>",
        "blocked\n# INJECTED", "a\r\n- item", "\r=== ", "|", "||", "\\", "\\|", "`", "``code``", "*", "**b**", "_i_",
        "&amp;", "&#x26;", "&copy;", "![i](http://e.example/x.png)", "<http://x.example>", "<!-- c -->", "\u0000",
        "\t", "#", "1. ", "> q", "~~s~~", "---", "[ref]: http://x.example", "[ref]", "<br>", "</td>", "<script>",
        "javascript:", "\n\n", "\\\n", "  \n", "]", ")", "(", "!", "x", "word", "Ünïcödé", "日本", "\u2028"};

    @Test
    void generatedHostileValuesStayText() {
        Random random = new Random(12);
        for (int round = 0; round < 150; round++) {
            List<String> values = new ArrayList<>();
            Report report = hostileReport(random, values);
            String md = ExportTesting.markdown(report).markdown();
            Node doc = Markdown.parseBlock(md);
            Found found = Found.in(doc);
            assertThat(found.images).as("round %d: images\n%s", round, md).isEmpty();
            assertThat(found.html).as("round %d: HTML other than a cell's <br>\n%s", round, md)
                    .allMatch("<br>"::equals);
            assertThat(found.headings).as("round %d: headings\n%s", round, md).containsExactly("1 Title",
                    "2 Issue Summary", "2 Timeline", "2 Root Cause", "2 Resolution and Recovery",
                    "2 Corrective and Preventative Measures", "3 Action items");
            String link = report.measures().actionItems().get(0).link();
            if (Markdown.isSafeLink(link)) {
                assertThat(found.links).as("round %d", round).hasSize(1);
                assertThat(URLDecoder.decode(found.links.get(0).replace("+", "%2B"), StandardCharsets.UTF_8))
                        .isEqualTo(link.strip());
            } else {
                assertThat(found.links).as("round %d: links\n%s", round, md).isEmpty();
            }
            assertThat(found.tables).as("round %d: tables\n%s", round, md).hasSize(2);
            assertThat(found.tables.get(0)).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(3));
            assertThat(found.tables.get(1)).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(6));
            String text = normal(found.text.toString());
            for (String value : values) {
                assertThat(text).as("round %d: %s\n%s", round, value, md).contains(normal(value));
            }
        }
    }

    @Test
    void theIssuesThreeStatusesAndANewlineInALinkStayText() {
        for (String status : List.of("[x](javascript:alert(1))", "<img src=x onerror=alert(1)>", "blocked\n# INJECTED")) {
            ActionItem item = new ActionItem("Fix it", "", ActionType.PREVENT, "Ada", null, Priority.P1,
                    new ActionStatus(status), "https://tracker.example/T-1\n# INJECTED\n[x](javascript:alert(1))",
                    Extras.NONE);
            Report report = Report.blank().withMeasures(new Measures("", List.of(item), Extras.NONE));
            String md = ExportTesting.markdown(report).markdown();
            Found found = Found.in(Markdown.parseBlock(md));
            assertThat(found.links).as(md).containsExactly("https://tracker.example/T-1%0A#%20INJECTED%0A[x](javascript:alert(1))");
            assertThat(found.html).allMatch("<br>"::equals);
            assertThat(found.headings).noneMatch(h -> h.contains("INJECTED"));
            assertThat(normal(found.text.toString())).contains("1 " + normal(status.toLowerCase(java.util.Locale.ROOT)),
                    "https://tracker.example/T-1 # INJECTED [x](javascript:alert(1))");
        }
    }

    @Test
    void imagesInProseBecomeLinksAndNeverLoad() {
        Report report = Report.blank().withRootCause("See ![graph](http://grafana.example/x.png) and ![](https://e.example/y.png)"
                + " and ![secret](file:///etc/passwd) and ![](data:image/png;base64,AAAA).")
                .withTimeline(List.of(new TimelineEntry(null, EntryKind.NOTE, "![](http://t.example/z.png)")));
        String md = ExportTesting.markdown(report).markdown();
        Found found = Found.in(Markdown.parseBlock(md));
        assertThat(found.images).isEmpty();
        assertThat(found.links).containsExactlyInAnyOrder("http://grafana.example/x.png", "https://e.example/y.png",
                "http://t.example/z.png");
        assertThat(normal(found.text.toString())).contains("See graph and https://e.example/y.png and secret and",
                "http://t.example/z.png");
        PdfFile pdf = ExportTesting.pdf(report).pdf();
        assertThat(pdf.links).contains("http://grafana.example/x.png", "https://e.example/y.png", "http://t.example/z.png")
                .noneMatch(l -> l.startsWith("file:") || l.startsWith("data:"));
    }

    private static Report hostileReport(Random random, List<String> values) {
        String id = value(random, values);
        String confidentiality = value(random, values);
        String author = value(random, values);
        String owner = value(random, values);
        String status = value(random, values);
        String priority = value(random, values);
        String type = value(random, values);
        String kind = value(random, values);
        String severity = value(random, values);
        String link = (random.nextBoolean() ? "https://tracker.example/" : "") + value(random, values);
        ActionItem item = new ActionItem("Title", "", new ActionType(type), owner, null, new Priority(priority),
                new ActionStatus(status), link, Extras.NONE);
        return Report.blank().withTitle("Title").withIncidentId(id).withConfidentiality(confidentiality)
                .withSeverity(new Severity(severity)).withAuthors(List.of(author))
                .withTimeline(List.of(new TimelineEntry(Instant.parse("2024-06-10T11:00:00Z"), new EntryKind(kind), "x")))
                .withMeasures(new Measures("", List.of(item), Extras.NONE));
    }

    private static String value(Random random, List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            out.append(HOSTILE[random.nextInt(HOSTILE.length)]);
        }
        String value = out.toString();
        if (!value.isBlank()) {
            values.add(value);
        }
        return value;
    }

    /** What a reader sees of a value: control characters and line breaks are spaces, runs of spaces one. */
    private static String normal(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s\u2028]+", " ").strip();
    }

    /** The nodes of a parsed document that matter here. */
    private static final class Found extends AbstractVisitor {
        final List<String> links = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        final List<List<List<String>>> tables = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        static Found in(Node doc) {
            Found found = new Found();
            doc.accept(found);
            return found;
        }

        @Override
        public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            images.add(image.getDestination());
            visitChildren(image);
        }

        @Override
        public void visit(HtmlInline node) {
            html.add(node.getLiteral());
            text.append(' ');
        }

        @Override
        public void visit(HtmlBlock node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading.getLevel() + " " + PdfInline.plainText(heading));
            visitChildren(heading);
            text.append(' ');
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                List<List<String>> rows = new ArrayList<>();
                rows(block, rows);
                tables.add(rows);
            }
            visitChildren(block);
            text.append(' ');
        }

        @Override
        public void visit(CustomNode node) {
            visitChildren(node);
            text.append(' ');
        }

        private static void rows(Node node, List<List<String>> rows) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(PdfInline.plainText((TableCell) cell));
                    }
                    rows.add(cells);
                } else {
                    rows(child, rows);
                }
            }
        }
    }
}
