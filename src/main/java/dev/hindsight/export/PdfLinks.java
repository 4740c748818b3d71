package dev.hindsight.export;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's links, each target written once. OpenPDF's anchors copy the whole target into
 * an annotation for every line a link's text wraps onto, so a long URL made a PDF growing with
 * the square of its length; here link text carries a short tag, and each line's annotation
 * refers to the one action object of its target.
 */
final class PdfLinks extends PdfPageEventHelper {
    private static final String PREFIX = "hindsight-link:";

    private final Map<String, String> tags = new HashMap<>();
    private final List<String> targets = new ArrayList<>();
    private final Map<String, PdfIndirectReference> written = new HashMap<>();

    /** The generic tag that makes a chunk's text a link to {@code target}. */
    String tag(String target) {
        return tags.computeIfAbsent(target, t -> {
            targets.add(t);
            return PREFIX + (targets.size() - 1);
        });
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(PREFIX)) {
            return;
        }
        PdfIndirectReference action = written.computeIfAbsent(text, tag -> {
            String target = targets.get(Integer.parseInt(tag.substring(PREFIX.length())));
            try {
                return writer.addToBody(new PdfAction(target)).getIndirectReference();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        PdfAnnotation annotation = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom(), rect.getRight(),
                rect.getTop(), (PdfAction) null);
        annotation.put(PdfName.A, action);
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(annotation);
    }
}
