package dev.hindsight.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a PDF draws images, read back with PDFBox: each image XObject drawn, on which page
 * (from 1), its size in pixels, the size it is drawn at in points, and which stream it is (the
 * same object drawn twice is stored once). Forms (vector drawings such as the timeline chart) are
 * counted apart.
 */
final class PdfImages extends PDFStreamEngine {
    record Drawn(int page, int pixelWidth, int pixelHeight, float width, float height, long object) {
    }

    final List<Drawn> images = new ArrayList<>();
    final List<Integer> formPages = new ArrayList<>();
    private int page;

    private PdfImages() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetMatrix(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
    }

    static PdfImages of(byte[] pdf) {
        PdfImages found = new PdfImages();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                found.page = i + 1;
                found.processPage(doc.getPage(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                images.add(new Drawn(page, image.getWidth(), image.getHeight(), ctm.getScalingFactorX(),
                        ctm.getScalingFactorY(), image.getCOSObject().getKey() == null ? System.identityHashCode(
                        image.getCOSObject()) : image.getCOSObject().getKey().getNumber()));
                return;
            }
            if (object instanceof PDFormXObject form) {
                formPages.add(page);
                showForm(form);
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
