package dev.hindsight.input.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page (what Confluence and Google Docs export) as the section reader's blocks:
 * {@code h1}–{@code h6} as headings, paragraphs and list items as Markdown lines (bold, italic,
 * code and links kept), tables as tables, {@code pre} as code, images as references. Scripts,
 * styles and the page's navigation are left out; nothing is fetched.
 */
public final class HtmlBlocks {
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern SPACED_BREAK = Pattern.compile(" *\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");
    private static final Logger LOG = Logger.getLogger(HtmlBlocks.class.getName());
    private static final int MAX_DEPTH = 200;
    private final List<Block> out = new ArrayList<>();

    private HtmlBlocks() {
    }

    public static List<Block> read(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, object, nav, header > nav, footer").remove();
        flattenBelow(doc, MAX_DEPTH);
        HtmlBlocks blocks = new HtmlBlocks();
        String title = doc.title().strip();
        if (!title.isEmpty() && doc.select("h1").isEmpty()) {
            blocks.out.add(new Block.Heading(1, title));
        }
        blocks.children(doc.body(), 0);
        return blocks.out;
    }

    /**
     * Elements nested deeper than {@code depth} as their text: the reader walks the page
     * recursively, and a hostile page nests a hundred thousand levels (no real page nests 100).
     */
    private static void flattenBelow(Document doc, int depth) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int d) {
                if (d == depth && node instanceof Element e) {
                    deep.add(e);
                }
            }
        }, doc);
        for (Element e : deep) {
            e.replaceWith(new TextNode(e.wholeText()));
        }
        if (!deep.isEmpty()) {
            LOG.info(() -> "the page nests deeper than " + depth + " levels: " + deep.size()
                    + " parts below that read as plain text");
        }
    }

    private void children(Element parent, int depth) {
        StringBuilder loose = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && isBlock(e)) {
                flush(loose);
                block(e, depth);
            } else {
                loose.append(inline(node));
            }
        }
        flush(loose);
    }

    private void flush(StringBuilder loose) {
        for (String line : loose.toString().split("\n")) {
            if (!line.isBlank()) {
                out.add(new Block.Line(line.strip()));
            }
        }
        loose.setLength(0);
    }

    private static boolean isBlock(Element e) {
        return e.tagName().matches("h[1-6]|p|div|section|article|main|ul|ol|table|pre|blockquote|hr|li|body|header"
                + "|aside|dl|dt|dd|figure|figcaption");
    }

    private void block(Element e, int depth) {
        String tag = e.tagName();
        if (tag.matches("h[1-6]")) {
            String text = inlineOf(e).strip();
            // Google Docs marks its document title as a paragraph of class "title"; headings hold the sections.
            if (!text.isEmpty()) {
                out.add(new Block.Heading(tag.charAt(1) - '0', text));
            }
        } else if (tag.equals("p") && e.hasClass("title")) {
            out.add(new Block.Heading(1, inlineOf(e).strip()));
        } else if (tag.equals("p") || tag.equals("dt") || tag.equals("dd") || tag.equals("figcaption")) {
            String text = inlineOf(e).strip();
            if (!text.isEmpty()) {
                for (String line : text.split("\n")) {
                    out.add(new Block.Line(line.strip()));
                }
                out.add(new Block.Line(""));
            }
        } else if (tag.equals("ul") || tag.equals("ol")) {
            list(e, depth);
            out.add(new Block.Line(""));
        } else if (tag.equals("table")) {
            table(e);
        } else if (tag.equals("pre")) {
            out.add(new Block.Line("```", true));
            for (String line : e.wholeText().split("\n", -1)) {
                out.add(new Block.Line(line, true));
            }
            out.add(new Block.Line("```", true));
        } else if (tag.equals("blockquote")) {
            for (String line : inlineOf(e).strip().split("\n")) {
                out.add(new Block.Line("> " + line.strip()));
            }
            out.add(new Block.Line(""));
        } else if (tag.equals("hr")) {
            out.add(new Block.Line(""));
        } else {
            children(e, depth);
        }
    }

    private void list(Element list, int depth) {
        int n = 1;
        for (Element li : list.children()) {
            if (!li.tagName().equals("li")) {
                continue;
            }
            String marker = list.tagName().equals("ol") ? (n++) + ". " : "- ";
            StringBuilder text = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node child : li.childNodes()) {
                if (child instanceof Element c && (c.tagName().equals("ul") || c.tagName().equals("ol"))) {
                    nested.add(c);
                } else if (child instanceof Element c && c.tagName().equals("p")) {
                    text.append(inlineOf(c)).append(' ');
                } else {
                    text.append(inline(child));
                }
            }
            out.add(new Block.Line("  ".repeat(depth) + marker + text.toString().strip().replace("\n", " ")));
            for (Element sub : nested) {
                list(sub, depth + 1);
            }
        }
    }

    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        boolean headed = false;
        for (Element tr : table.select("tr")) {
            if (nearestTable(tr) != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean allHeader = !tr.children().isEmpty();
            for (Element cell : tr.children()) {
                if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
                    allHeader &= cell.tagName().equals("th");
                    cells.add(BLANK_LINES.matcher(inlineOf(cell).strip()).replaceAll("\n").replace("\n", "<br>"));
                }
            }
            if (rows.isEmpty() && allHeader) {
                headed = true;
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(rows, headed || rows.size() > 1));
        }
    }

    /** The table a row is in (its nearest), without parsing a selector for each of 100,000 rows. */
    private static Element nearestTable(Element row) {
        for (Element e = row.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("table")) {
                return e;
            }
        }
        return null;
    }

    private static String inlineOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            sb.append(inline(n));
        }
        return SPACED_BREAK.matcher(SPACES.matcher(sb).replaceAll(" ")).replaceAll("\n");
    }

    /** Inline HTML as Markdown: emphasis, code, links (only their text when not http, https or mailto), images. */
    private static String inline(Node node) {
        if (node instanceof TextNode t) {
            return escape(t.text());
        }
        if (!(node instanceof Element e)) {
            return "";
        }
        // A block inside inline text (a paragraph in a table cell after the item's bold title) starts a line.
        String inner = isBlock(e) ? "\n" + inlineOf(e) + "\n" : inlineOf(e);
        String style = e.attr("style").replace(" ", "");
        switch (e.tagName()) {
            case "br":
                return "\n";
            case "strong": case "b":
                return wrap("**", inner);
            case "em": case "i":
                return wrap("_", inner);
            case "code": case "tt": case "kbd":
                return inner.isBlank() ? inner : "`" + e.text().replace("`", "") + "`";
            case "a":
                String href = e.attr("href").strip();
                return dev.hindsight.markdown.Markdown.isSafeLink(href) && !inner.isBlank()
                        ? "[" + inner.strip() + "](<" + href.replace(">", "%3E") + ">)" : inner;
            case "img":
                return "![" + escape(e.attr("alt")) + "](<" + e.attr("src").replace(">", "%3E") + ">)";
            case "span":
                if (style.contains("font-weight:700") || style.contains("font-weight:bold")) {
                    return wrap("**", inner);
                }
                return style.contains("font-style:italic") ? wrap("_", inner) : inner;
            default:
                return inner;
        }
    }

    private static String wrap(String mark, String inner) {
        String s = inner.strip();
        if (s.isEmpty()) {
            return inner;
        }
        String lead = inner.startsWith(" ") ? " " : "";
        String trail = inner.endsWith(" ") ? " " : "";
        return lead + mark + s + mark + trail;
    }

    /** Text made literal in Markdown where it would otherwise start markup. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("<", "\\<").replace("`", "\\`");
    }
}
