package dev.hindsight.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF sees, read back with PDFBox: the text of each page, the outline, fonts, links, metadata. */
final class PdfFile {
    final List<String> pages = new ArrayList<>();
    final List<String> outline = new ArrayList<>();
    final List<String> fonts = new ArrayList<>();
    final List<Boolean> fontsEmbedded = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    final PDRectangle mediaBox;
    final String title;
    final String author;
    final String subject;
    final String creator;
    /** When the PDF says it was made, or null. */
    final java.util.Calendar created;

    PdfFile(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    outline.add(item.getTitle());
                    for (PDOutlineItem child : item.children()) {
                        outline.add("  " + child.getTitle());
                    }
                }
            }
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!fonts.contains(font.getName())) {
                        fonts.add(font.getName());
                        fontsEmbedded.add(font.isEmbedded());
                    }
                }
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            mediaBox = doc.getPage(0).getMediaBox();
            PDDocumentInformation info = doc.getDocumentInformation();
            title = info.getTitle();
            author = info.getAuthor();
            subject = info.getSubject();
            creator = info.getCreator();
            created = info.getCreationDate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return String.join("\n", pages);
    }

    /** The text with line breaks and runs of spaces made single spaces, for phrases that wrap. */
    String flatText() {
        return flat(text());
    }

    static String flat(String text) {
        return text.replaceAll("[\\s\u00A0]+", " ");
    }
}
