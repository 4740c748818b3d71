package dev.hindsight.export;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Report;
import dev.hindsight.testing.LargeReports;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Run in a child JVM with a small heap: exports a report with many action items and prints its page count. */
public final class ActionItemsChild {
    private ActionItemsChild() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Report sample = LargeReports.withEvents(60);
        List<ActionItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(sample.measures().actionItems().get(i % sample.measures().actionItems().size()));
        }
        Report report = sample.withTimeline(List.of()).withMeasures(sample.measures().withActionItems(items));
        ExportResult result = new PdfExporter().export(report, OutputStream.nullOutputStream(), ExportOptions.defaults(),
                ExportProgress.NONE);
        System.out.println("pages " + result.pages());
    }
}
