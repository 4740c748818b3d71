package dev.hindsight.export;

import dev.hindsight.markdown.Markdown;
import dev.hindsight.picture.PictureReferences;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
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
    /**
     * The widest a picture is set, in CSS pixels (1/96 inch): the text of an A4 page within the
     * print margins (178 mm), so that readers that ignore {@code max-width} keep it on the page.
     */
    private static final int TEXT_WIDTH_PX = 672;
    private final HtmlRenderer renderer;

    /** Prose whose images show what {@code images} says (the report's pictures embedded). */
    HtmlProse(ShownImages images) {
        this.renderer = HtmlRenderer.builder()
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
                .nodeRendererFactory(context -> new SafeInlines(context, images))
                .softbreak("\n")
                .build();
    }

    /** A block field, its headings {@code headingShift} levels deeper. */
    String block(String markdown, int headingShift) {
        Node document = Markdown.parseBlock(markdown);
        pictureBlocks(document);
        if (headingShift > 0) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + headingShift));
                }
            });
        }
        return renderer.render(document).strip();
    }

    /** An inline field (an event's text, an action's title), without the paragraph around it. */
    String inline(String markdown) {
        String html = renderer.render(Markdown.parseInline(markdown)).strip();
        return html.replaceFirst("^<p dir=\"auto\">", "").replaceFirst("</p>$", "");
    }

    /** Each paragraph showing pictures cut into its text and the pictures, set as blocks of their own. */
    private static void pictureBlocks(Node document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        for (Paragraph paragraph : paragraphs) {
            List<Node> pieces = PictureReferences.pieces(paragraph);
            if (pieces.size() == 1 && pieces.get(0) == paragraph) {
                continue;
            }
            for (Node piece : pieces) {
                paragraph.insertBefore(piece);
            }
            paragraph.unlink();
        }
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
        private final ShownImages images;

        SafeInlines(HtmlNodeRendererContext context, ShownImages images) {
            this.context = context;
            this.html = context.getWriter();
            this.images = images;
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

        /**
         * The one place an image of a report becomes HTML: a stored picture embedded as a
         * {@code data:} address (a figure with its caption when it stands as a block of its own),
         * a line saying why a picture is not shown, a link to a web image, else the alt text.
         */
        private void image(Image image) {
            Node parent = image.getParent();
            boolean block = parent instanceof org.commonmark.node.Document || parent instanceof ListItem
                    || parent instanceof org.commonmark.node.BlockQuote;
            ShownImages.Shown shown = images.of(image);
            if (shown instanceof ShownImages.Picture picture) {
                picture(picture, block);
            } else if (shown instanceof ShownImages.Missing missing) {
                html.tag(block ? "p" : "span", Map.of("class", "image-placeholder"));
                html.text(missing.text());
                html.tag(block ? "/p" : "/span");
            } else if (shown instanceof ShownImages.WebLink link) {
                html.tag("a", Map.of("href", context.encodeUrl(link.href())));
                html.text(link.text());
                html.tag("/a");
            } else {
                html.text(((ShownImages.AltOnly) shown).text());
            }
        }

        private void picture(ShownImages.Picture picture, boolean block) {
            int[] size = picture.fit(TEXT_WIDTH_PX, Integer.MAX_VALUE);
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", "data:" + picture.data().mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(picture.data().bytes()));
            attributes.put("alt", picture.alt());
            attributes.put("width", Integer.toString(size[0]));
            attributes.put("height", Integer.toString(size[1]));
            attributes.put("style", "max-width:100%;height:auto");
            if (!block) {
                html.tag("img", attributes, true);
                return;
            }
            html.line();
            html.tag("figure", Map.of("class", "picture"));
            // In a block of its own, so that readers that do not know <figure> (LibreOffice, some mail) set the caption under it.
            html.tag("div");
            html.tag("img", attributes, true);
            html.tag("/div");
            if (!picture.alt().isBlank()) {
                html.tag("figcaption", Map.of("dir", "auto"));
                html.text(picture.alt());
                html.tag("/figcaption");
            }
            html.tag("/figure");
            html.line();
        }
    }
}
