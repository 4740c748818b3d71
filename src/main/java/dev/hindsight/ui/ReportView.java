package dev.hindsight.ui;

import dev.hindsight.model.Durations;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportMetrics;
import dev.hindsight.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** A read-only view of a report in the five section tabs. */
final class ReportView {
    private final TabPane tabs = new TabPane();
    private String title = "Hindsight";

    Parent root() {
        return tabs;
    }

    String windowTitle() {
        return title;
    }

    void show(Report report, Path file) {
        title = (report.title().isEmpty() ? "Untitled report" : report.title())
                + (file == null ? "" : " \u2013 " + file.getFileName()) + " \u2013 Hindsight";
        tabs.getTabs().setAll(
                tab("Issue Summary", summary(report)),
                tab("Timeline", timeline(report)),
                tab("Root Cause", text(report.rootCause())),
                tab("Resolution and Recovery", text(report.resolution())),
                tab("Corrective and Preventative Measures", text(report.measures().improvements())));
        tabs.setId("sections");
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab tab = new Tab(name, content);
        tab.setClosable(false);
        return tab;
    }

    private static GridPane summary(Report report) {
        ReportMetrics metrics = ReportMetrics.of(report);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        String[][] rows = {
            {"Title", report.title()},
            {"Incident ID", report.incidentId()},
            {"Severity", report.severity() == null ? "" : report.severity().code()},
            {"Status", report.status().label()},
            {"Duration", format(metrics.duration())},
            {"Root cause", report.summary().rootCause()},
        };
        for (int i = 0; i < rows.length; i++) {
            Label value = new Label(rows[i][1]);
            value.setId("summary-" + i);
            grid.addRow(i, new Label(rows[i][0]), value);
        }
        return grid;
    }

    private static String format(Optional<Duration> d) {
        return d.map(Durations::format).orElse("");
    }

    private static TableView<TimelineEntry> timeline(Report report) {
        TableView<TimelineEntry> table = new TableView<>();
        table.setId("timeline");
        TableColumn<TimelineEntry, String> at = new TableColumn<>("Time");
        at.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().at())));
        TableColumn<TimelineEntry, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind().label()));
        TableColumn<TimelineEntry, String> text = new TableColumn<>("Event");
        text.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().text()));
        table.getColumns().add(at);
        table.getColumns().add(kind);
        table.getColumns().add(text);
        table.getItems().setAll(report.timeline());
        return table;
    }

    private static TextArea text(String markdown) {
        TextArea area = new TextArea(markdown);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }
}
