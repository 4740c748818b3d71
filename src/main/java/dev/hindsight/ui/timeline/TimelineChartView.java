package dev.hindsight.ui.timeline;

import dev.hindsight.export.chart.ChartColors;
import dev.hindsight.export.chart.MarkText;
import dev.hindsight.export.chart.TimelineChart;
import dev.hindsight.export.chart.TimelineChartLayout;
import dev.hindsight.export.chart.TimelineChartPainter;
import dev.hindsight.model.Report;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The timeline chart above the table, in a pane that folds away: laid out by
 * {@link TimelineChartLayout} (the PDF's chart, drawn on a canvas) and drawn again a moment
 * after the timeline, the outage window or the zone changes, or the pane is resized. Resting the
 * pointer on a mark shows its events; clicking it selects their rows. The chart scrolls inside
 * its pane when the pane is held lower than the chart (see {@link TimelineView}).
 */
public final class TimelineChartView {
    private static final double SCALE = 1.4;

    private final ObservableValue<Report> report;
    private final Consumer<int[]> select;
    private final ObservableDoubleValue zoom;
    private final Canvas canvas = new Canvas();
    private final Region holder = new Region() {
        {
            getChildren().add(canvas);
        }

        @Override
        protected void layoutChildren() {
            if (Math.abs(canvas.getWidth() - getWidth()) > 0.5) {
                draw();
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return 400;
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }
    };
    private final Tooltip tip = new Tooltip();
    private final PauseTransition later = new PauseTransition(Duration.millis(120));
    private final TitledPane pane = new TitledPane();
    private final ScrollPane frame = new ScrollPane();
    private TimelineChart chart;
    private Report drawn;
    private TimelineChart.Mark hovered;

    public TimelineChartView(ObservableValue<Report> report, Consumer<int[]> select, ObservableDoubleValue zoom) {
        this.report = report;
        this.select = select;
        this.zoom = zoom;
        canvas.setManaged(false);
        canvas.setId("timeline-chart-canvas");
        later.setOnFinished(e -> draw());
        report.addListener((o, before, after) -> {
            if (changesTheChart(before, after)) {
                later.playFromStart();
            }
        });
        zoom.addListener((o, a, b) -> draw());
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> hover(null));
        canvas.setOnMouseClicked(e -> markAt(e).ifPresent(m -> select.accept(m.entries())));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
    }

    private static boolean changesTheChart(Report before, Report after) {
        return before == null || before.timeline() != after.timeline() || !before.summary().equals(after.summary())
                || !before.timeZone().equals(after.timeZone());
    }

    public TitledPane build() {
        pane.setText("Chart");
        pane.setId("timeline-chart");
        pane.getProperties().put(TimelineChartView.class, this);
        // the chart scrolls inside its pane when the pane is given less height than the chart needs
        frame.setContent(holder);
        // the theme's surface colour (hindsight.css): the chart is drawn on it, in colours for it
        holder.getStyleClass().add("timeline-chart-surface");
        holder.backgroundProperty().addListener((o, before, now) -> draw());
        frame.setId("timeline-chart-frame");
        frame.setFitToWidth(true);
        frame.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        frame.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        frame.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        pane.setContent(frame);
        pane.setAnimated(false);
        pane.setExpanded(true);
        pane.expandedProperty().addListener((o, a, open) -> {
            if (open) {
                draw();
            }
        });
        return pane;
    }

    /** The chart view a pane built by {@link #build()} shows (tests find it by the pane's id). */
    static TimelineChartView of(TitledPane pane) {
        return (TimelineChartView) pane.getProperties().get(TimelineChartView.class);
    }

    /** Where a point of the chart is on the canvas: the chart is laid out in points and drawn scaled. */
    double scale() {
        return SCALE * zoom.get();
    }

    /** The chart as last drawn (tests look at it). */
    public TimelineChart chart() {
        return chart;
    }

    private void draw() {
        later.stop();
        double width = holder.getWidth();
        if (width <= 0 || !pane.isExpanded()) {
            return;
        }
        double s = scale();
        Report now = report.getValue();
        chart = TimelineChartLayout.of(now, width / s, FxChartPainter.MEASURE);
        drawn = now;
        canvas.setWidth(width);
        canvas.setHeight(chart.height() * s);
        holder.setPrefHeight(chart.height() * s);
        holder.setMinHeight(chart.height() * s);
        frame.setPrefViewportHeight(chart.height() * s);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        ChartColors colors = colors();
        g.setFill(javafx.scene.paint.Color.web(colors.background()));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.scale(s, s);
        TimelineChartPainter.paint(chart, new FxChartPainter(g), colors);
        g.restore();
        canvas.setAccessibleText(MarkText.summary(chart));
        hover(null);
    }

    /** The surface colour the theme gives the chart ({@code #RRGGBB}); white until styled. */
    private String surface() {
        javafx.scene.layout.Background background = holder.getBackground();
        if (background == null || background.getFills().isEmpty()
                || !(background.getFills().get(0).getFill() instanceof javafx.scene.paint.Color color)) {
            return ChartColors.LIGHT.background();
        }
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    /** The colours the chart is drawn in: those for the surface the theme gives it. */
    ChartColors colors() {
        return ChartColors.on(surface());
    }

    private Optional<TimelineChart.Mark> markAt(MouseEvent e) {
        return chart == null ? Optional.empty() : chart.markAt(e.getX() / scale(), e.getY() / scale());
    }

    private void hover(MouseEvent e) {
        TimelineChart.Mark mark = e == null ? null : markAt(e).orElse(null);
        if (mark == hovered) {
            return;
        }
        hovered = mark;
        if (mark == null) {
            tip.hide();
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        tip.setText(MarkText.of(mark, drawn) + (mark.count() > 1 ? "\n(click to select these rows)" : ""));
        canvas.setCursor(Cursor.HAND);
        tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 16);
    }
}
