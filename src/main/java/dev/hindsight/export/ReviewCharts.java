package dev.hindsight.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import dev.hindsight.export.chart.BarChart;
import dev.hindsight.export.chart.ChartArea;
import dev.hindsight.export.chart.ChartText;
import dev.hindsight.export.chart.Series;
import dev.hindsight.library.LibraryCharts;
import dev.hindsight.library.QuarterReview;
import dev.hindsight.library.Spread;
import dev.hindsight.model.Severity;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The incident review's charts, drawn as vectors into templates that flow with the page like images. */
final class ReviewCharts {
    private static final Color MEDIAN = new Color(0x4C8BF5);
    private static final Color P90 = new Color(0x1A3E8C);
    private static final Color COUNT = new Color(0x2E7D6B);
    private static final Color NONE = new Color(0xB0B7BF);

    private final PdfContentByte direct;
    private final ChartText text;

    ReviewCharts(PdfContentByte direct, ChartText text) {
        this.direct = direct;
        this.text = text;
    }

    Image perMonth(QuarterReview review, float width, float height) throws BadElementException {
        List<LibraryCharts.MonthCounts> months = review.months();
        List<Series> series = new ArrayList<>();
        for (String severity : LibraryCharts.severityKeys(months)) {
            double[] values = months.stream().mapToDouble(m -> m.bySeverity().getOrDefault(severity, 0)).toArray();
            Color color = severity.equals("none") ? NONE : PdfLook.color(SeverityColors.of(new Severity(severity)));
            series.add(new Series(severity.equals("none") ? "no severity" : severity, color, values));
        }
        List<String> labels = months.stream().map(m -> m.month().toString()).toList();
        return image(new BarChart("Incidents per month, by severity (the year to " + review.quarter() + ")",
                BarChart.Shape.STACKED, labels, series, "incidents"), width, height);
    }

    Image times(QuarterReview review, String what, Function<LibraryCharts.QuarterTimes, Spread> spread, float width,
                float height) throws BadElementException {
        List<LibraryCharts.QuarterTimes> quarters = review.quarters();
        double max = quarters.stream().map(spread).mapToDouble(s -> s.p90().orElse(0)).max().orElse(0);
        boolean hours = max > 3 * 3600;
        double unit = hours ? 3600 : 60;
        double[] median = quarters.stream().mapToDouble(q -> value(spread.apply(q).median(), unit)).toArray();
        double[] p90 = quarters.stream().mapToDouble(q -> value(spread.apply(q).p90(), unit)).toArray();
        List<String> labels = quarters.stream().map(q -> q.quarter() + " (" + spread.apply(q).count() + ")").toList();
        return image(new BarChart(what + " per quarter", BarChart.Shape.GROUPED, labels,
                List.of(new Series("median", MEDIAN, median), new Series("90th percentile", P90, p90)),
                hours ? "hours" : "minutes"), width, height);
    }

    Image counts(String title, List<LibraryCharts.Count> counts, float width, float height) throws BadElementException {
        double[] values = counts.stream().mapToDouble(LibraryCharts.Count::count).toArray();
        return image(new BarChart(title, BarChart.Shape.HORIZONTAL,
                counts.stream().map(LibraryCharts.Count::name).toList(), List.of(new Series("reports", COUNT, values)),
                "reports"), width, height);
    }

    private static double value(OptionalDouble seconds, double unit) {
        return seconds.isPresent() ? seconds.getAsDouble() / unit : Double.NaN;
    }

    private Image image(BarChart chart, float width, float height) throws BadElementException {
        PdfTemplate template = direct.createTemplate(width, height);
        chart.draw(template, new ChartArea(0, 0, width, height), text);
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        return image;
    }
}
