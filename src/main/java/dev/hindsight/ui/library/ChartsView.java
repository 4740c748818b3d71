package dev.hindsight.ui.library;

import dev.hindsight.export.SeverityColors;
import dev.hindsight.library.LibraryCharts;
import dev.hindsight.library.LibraryEntry;
import dev.hindsight.library.Quarter;
import dev.hindsight.library.ReportDigest;
import dev.hindsight.library.Spread;
import dev.hindsight.model.Severity;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The charts of the reports shown: incidents per month by severity; time to detect and to resolve
 * per quarter as median and 90th percentile (never a mean: durations are skewed); how many
 * reports name each tag, service and contributing-factor category. They follow the filters.
 */
final class ChartsView {
    /** At most this many months and quarters are drawn: the latest ones. */
    static final int MONTHS = 36;
    static final int QUARTERS = 12;
    private static final int TOP = 10;

    private final LibraryViewModel vm;
    private final StackedBarChart<String, Number> perMonth = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> detect = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> resolve = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<Number, String> tags = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final BarChart<Number, String> services = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final BarChart<Number, String> factors = new BarChart<>(new NumberAxis(), new CategoryAxis());

    ChartsView(LibraryViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        setUp(perMonth, "chart-month", "Incidents per month, by severity");
        setUp(detect, "chart-detect", "Time to detect per quarter");
        setUp(resolve, "chart-resolve", "Time to resolve per quarter");
        setUp(tags, "chart-tags", "Reports by tag (top " + TOP + ")");
        setUp(services, "chart-services", "Reports by affected service (top " + TOP + ")");
        setUp(factors, "chart-factors", "Reports by contributing-factor category");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(10));
        grid.add(perMonth, 0, 0, 2, 1);
        grid.add(detect, 0, 1);
        grid.add(resolve, 1, 1);
        grid.add(tags, 0, 2);
        grid.add(services, 1, 2);
        grid.add(factors, 0, 3);
        for (javafx.scene.layout.ColumnConstraints c : List.of(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints())) {
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        vm.rows().addListener((ListChangeListener<LibraryEntry>) c -> refresh());
        refresh();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("library-charts");
        return scroll;
    }

    private static void setUp(XYChart<?, ?> chart, String id, String title) {
        chart.setId(id);
        if (chart.getXAxis() instanceof CategoryAxis axis) {
            axis.setTickLabelRotation(-45);
        }
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(260);
    }

    private void refresh() {
        List<ReportDigest> reports = vm.rows().stream().map(LibraryEntry::digest).toList();
        months(reports);
        times(reports);
        counts(tags, LibraryCharts.byTag(reports, TOP));
        counts(services, LibraryCharts.byService(reports, TOP));
        counts(factors, LibraryCharts.byFactorCategory(reports, TOP));
    }

    private void months(List<ReportDigest> reports) {
        perMonth.getData().clear();
        var span = LibraryCharts.span(reports);
        if (span.isEmpty()) {
            return;
        }
        YearMonth last = span.get()[1];
        YearMonth first = span.get()[0].isBefore(last.minusMonths(MONTHS - 1)) ? last.minusMonths(MONTHS - 1) : span.get()[0];
        List<LibraryCharts.MonthCounts> months = LibraryCharts.perMonth(reports, first, last);
        // The axis finds the months from the data (every series has every month, so in order):
        // with the months set on it, a large library's month names were laid out off the axis and never shown.
        List<String> keys = LibraryCharts.severityKeys(months);
        perMonth.setStyle(palette(keys.stream().map(ChartsView::severityColor).toList()));
        for (String severity : keys) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(severity.equals("none") ? "no severity" : severity);
            for (LibraryCharts.MonthCounts m : months) {
                series.getData().add(new XYChart.Data<>(m.month().toString(), m.bySeverity().getOrDefault(severity, 0)));
            }
            perMonth.getData().add(series);
        }
    }

    /** The severity colours of the editor and the PDF, for the series in the order they are added. */
    private static String severityColor(String code) {
        return code.equals("none") ? "#B0B7BF" : SeverityColors.of(new Severity(code));
    }

    /**
     * A chart's series colours: the theme's chart colour variables (AtlantaFX's and Modena's names)
     * set on the chart, so the legend and the bars agree.
     */
    static String palette(List<String> colors) {
        StringBuilder style = new StringBuilder();
        for (int i = 0; i < colors.size() && i < 8; i++) {
            style.append("-color-chart-").append(i + 1).append(": ").append(colors.get(i)).append("; CHART_COLOR_")
                    .append(i + 1).append(": ").append(colors.get(i)).append("; ");
        }
        return style.toString();
    }

    private void times(List<ReportDigest> reports) {
        detect.getData().clear();
        resolve.getData().clear();
        var span = LibraryCharts.span(reports);
        if (span.isEmpty()) {
            return;
        }
        Quarter last = Quarter.of(span.get()[1].atDay(1));
        Quarter first = Quarter.of(span.get()[0].atDay(1));
        if (first.compareTo(last.minus(QUARTERS - 1)) < 0) {
            first = last.minus(QUARTERS - 1);
        }
        List<LibraryCharts.QuarterTimes> quarters = LibraryCharts.perQuarter(reports, first, last);
        plot(detect, quarters, LibraryCharts.QuarterTimes::detect);
        plot(resolve, quarters, LibraryCharts.QuarterTimes::resolve);
    }

    /** Median and 90th percentile per quarter, in minutes or, when they run long, hours; quarters without reports are gaps. */
    private static void plot(LineChart<String, Number> chart, List<LibraryCharts.QuarterTimes> quarters,
                             Function<LibraryCharts.QuarterTimes, Spread> spread) {
        double max = quarters.stream().map(spread).mapToDouble(s -> s.p90().orElse(0)).max().orElse(0);
        boolean hours = max > 3 * 3600;
        double unit = hours ? 3600 : 60;
        chart.getYAxis().setLabel(hours ? "hours" : "minutes");
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(
                quarters.stream().map(q -> q.quarter().toString()).toList()));
        XYChart.Series<String, Number> median = new XYChart.Series<>();
        median.setName("median");
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p90.setName("90th percentile");
        for (LibraryCharts.QuarterTimes q : quarters) {
            add(median, q.quarter().toString(), spread.apply(q).median(), unit);
            add(p90, q.quarter().toString(), spread.apply(q).p90(), unit);
        }
        chart.setStyle(palette(List.of("#4C8BF5", "#1A3E8C")));
        chart.getData().setAll(List.of(median, p90));
    }

    private static void add(XYChart.Series<String, Number> series, String quarter, OptionalDouble seconds, double unit) {
        if (seconds.isPresent()) {
            series.getData().add(new XYChart.Data<>(quarter, Math.round(seconds.getAsDouble() / unit * 10) / 10.0));
        }
    }

    private static void counts(BarChart<Number, String> chart, List<LibraryCharts.Count> counts) {
        chart.setLegendVisible(false);
        chart.setStyle(palette(List.of("#2E7D6B")));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A horizontal bar chart draws its first category at the bottom: the most named goes last.
        for (int i = counts.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(counts.get(i).count(), counts.get(i).name()));
        }
        ((CategoryAxis) chart.getYAxis()).setCategories(FXCollections.observableArrayList(
                series.getData().stream().map(XYChart.Data::getYValue).toList()));
        chart.getData().setAll(List.of(series));
    }
}
