package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A report's Markdown fields as HTML for the HTML export and the clipboard, from the shared
 * parse: raw HTML shown as text (never run), links only to http, https and mailto (others become
 * their text), headings moved below the section's own, each block in its own direction
 * ({@code dir="auto"}, for Arabic and Hebrew), tables with borders that survive a paste.
 */
final class HtmlProse {
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new org.commonmark.renderer.html.UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return Markdown.isSafeLink(url) ? url : "";
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return "";
                }
            })
            .attributeProviderFactory(context -> new Attributes())
            .nodeRendererFactory(SafeInlines::new)
            .softbreak("\n")
            .build();

    private HtmlProse() {
    }

    /** A block field, its headings {@code headingShift} levels deeper. */
    static String block(String markdown, int headingShift) {
        Node document = Markdown.parseBlock(markdown);
        if (headingShift > 0) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + headingShift));
                }
            });
        }
        return RENDERER.render(document).strip();
    }

    /** An inline field (an event's text, an action's title), without the paragraph around it. */
    static String inline(String markdown) {
        String html = RENDERER.render(Markdown.parseInline(markdown)).strip();
        return html.replaceFirst("^<p dir=\"auto\">", "").replaceFirst("</p>$", "");
    }

    /** Plain text made safe in HTML. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final class Attributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof ListItem
                    || node instanceof TableCell) {
                attributes.put("dir", "auto");
            }
            if (node instanceof TableBlock) {
                attributes.put("border", "1");
                attributes.put("style", "border-collapse:collapse");
            }
        }
    }

    /** Links to anything but http, https and mailto as their text; images through {@link #image}. */
    private static final class SafeInlines implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        SafeInlines(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image image) {
                image(image);
                return;
            }
            Link link = (Link) node;
            boolean safe = Markdown.isSafeLink(link.getDestination());
            if (safe) {
                html.tag("a", Map.of("href", context.encodeUrl(link.getDestination().strip())));
            }
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (safe) {
                html.tag("/a");
            }
        }

        /** The one place an image of a report becomes HTML: the pictures feature embeds the stored picture here. */
        private void image(Image image) {
            html.tag("span", Map.of("class", "image-placeholder"));
            html.text(ImagePlaceholder.text(image));
            html.tag("/span");
        }
    }
}
