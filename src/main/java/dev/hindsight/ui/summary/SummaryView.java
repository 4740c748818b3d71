package dev.hindsight.ui.summary;

import atlantafx.base.theme.Styles;
import dev.hindsight.ui.support.FieldErrors;
import dev.hindsight.ui.support.TextBindings;
import dev.hindsight.ui.writing.ProseArea;
import org.fxmisc.flowless.VirtualizedScrollPane;
import dev.hindsight.ui.support.WholeText;
import dev.hindsight.ui.window.TextFieldViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;

/** The Issue Summary tab: the report's identity, its outage window, the live figures, impact and root cause. */
public final class SummaryView {
    private final SummaryViewModel vm;
    private final dev.hindsight.ui.markdown.PictureServices pictures;
    private final FieldErrors errors = new FieldErrors();
    private final GridPane grid = new GridPane();
    private int row;

    public SummaryView(SummaryViewModel vm) {
        this(vm, null);
    }

    /** @param pictures where pictures pasted or dropped into Impact and Root cause go (null: they are not taken) */
    public SummaryView(SummaryViewModel vm, dev.hindsight.ui.markdown.PictureServices pictures) {
        this.vm = vm;
        this.pictures = pictures;
    }

    public Node build() {
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(16, 20, 20, 20));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the labels stay whole; the fields give
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);

        add("_Title", title());
        add("_Incident ID", identity());
        add("Confidentiality", text("summary-confidentiality", vm.confidentiality()));
        TextArea authors = new TextArea();
        authors.setId("summary-authors");
        authors.setPrefRowCount(2);
        authors.setPromptText("One person or team per line");
        TextBindings.bind(authors, vm.authors().text());
        add("_Authors", authors);
        add("Time _zone", zone());
        add("_Started", dateTime("summary-start", vm.start()));
        Node endField = dateTime("summary-end", vm.end());
        Label windowError = new Label();
        windowError.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        windowError.textProperty().bind(vm.windowError());
        windowError.visibleProperty().bind(vm.windowError().isNotEmpty());
        windowError.managedProperty().bind(windowError.visibleProperty());
        windowError.setId("summary-window-error");
        add("_Ended", new VBox(4, endField, windowError));
        add("At a glance", glance());
        add("I_mpact", markdownArea("summary-impact", vm.impact(), 4));
        add("_Root cause", markdownArea("summary-rootcause", vm.rootCause(), 2));
        // built later, so kept whole here: its labels, not only the fields above, set how narrow the form goes
        add("Classification",
                belowTheFold(() -> WholeText.inside(new ClassificationView(vm.classification()).build())));

        WholeText.inside(grid);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("summary");
        return scroll;
    }

    /**
     * A part below the fold of a new window, built once the summary has been drawn without it: its
     * controls' skins and first CSS pass are not the first frame's work (issue 18).
     */
    private static Node belowTheFold(java.util.function.Supplier<Node> part) {
        javafx.scene.layout.StackPane slot = new javafx.scene.layout.StackPane();
        slot.setAlignment(Pos.TOP_LEFT);
        dev.hindsight.ui.support.FirstFrame.afterDrawn(slot, () -> slot.getChildren().setAll(part.get()));
        return slot;
    }

    private void add(String label, Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field instanceof VirtualizedScrollPane<?> v ? v.getContent()
                : field instanceof VBox box && !box.getChildren().isEmpty() ? focusable(box)
                : field instanceof FlowPane flow ? flow.getChildren().get(0) : field);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(6, 0, 0, 0));
        grid.addRow(row++, l, field);
    }

    private static Node focusable(VBox box) {
        Node first = box.getChildren().get(0);
        return first instanceof HBox h && !h.getChildren().isEmpty() ? h.getChildren().get(0) : first;
    }

    private static TextField text(String id, TextFieldViewModel field) {
        TextField control = new TextField();
        control.setId(id);
        control.promptTextProperty().bind(field.prompt());
        TextBindings.bind(control, field.text());
        return control;
    }

    /** The title: one line of prose, underlined as typed; Tab moves on, a pasted line break becomes a space. */
    private Node title() {
        ProseArea title = ProseArea.oneLine();
        title.setId("summary-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.bind(vm.title().text(), vm.title().prompt());
        title.place().bind(vm.title().place());
        title.setMaxWidth(Double.MAX_VALUE);
        return title;
    }

    private Node identity() {
        TextField id = text("summary-incident-id", vm.incidentId());
        id.setPrefColumnCount(14);
        id.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // zoomed in, the row scrolls rather than squeeze it
        ComboBox<CodeChoice<dev.hindsight.model.Severity>> severity = new ComboBox<>(vm.severities());
        severity.setId("summary-severity");
        severity.valueProperty().bindBidirectional(vm.severity());
        ChoiceKeys.install(severity);
        ComboBox<CodeChoice<dev.hindsight.model.ReportStatus>> status = new ComboBox<>(vm.statuses());
        status.setId("summary-status");
        status.valueProperty().bindBidirectional(vm.status());
        ChoiceKeys.install(status);
        Label sevLabel = new Label("Se_verity");
        sevLabel.setMnemonicParsing(true);
        sevLabel.setLabelFor(severity);
        Label statusLabel = new Label("Stat_us");
        statusLabel.setMnemonicParsing(true);
        statusLabel.setLabelFor(status);
        // Severity and Status go under the ID, each with its label, when the column is too narrow for one
        // line (a 900-pixel window with the Review panel open): nothing is cut off or scrolled sideways.
        HBox sevPair = new HBox(10, sevLabel, severity);
        sevPair.setAlignment(Pos.CENTER_LEFT);
        HBox statusPair = new HBox(10, statusLabel, status);
        statusPair.setAlignment(Pos.CENTER_LEFT);
        FlowPane box = new FlowPane(10, 8, id, sevPair, statusPair);
        box.setId("summary-identity");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setRowValignment(javafx.geometry.VPos.CENTER);
        return box;
    }

    private Node zone() {
        SearchableComboBox<String> zone = new SearchableComboBox<>(vm.zones());
        zone.setId("summary-zone");
        zone.setMaxWidth(360);
        // A width of its own: computed, it would lay out a cell for each of the ~600 zones before the
        // first frame (a tenth of the window's first layout, issue 18).
        zone.setPrefWidth(360);
        zone.valueProperty().bindBidirectional(vm.zone());
        return new VBox(4, zone, errors.mark(zone, vm.zoneError(), Severity.ERROR));
    }

    private Node dateTime(String id, DateTimeViewModel field) {
        DateTimeField control = new DateTimeField(id, field);
        Label zoneHint = new Label();
        zoneHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        zoneHint.textProperty().bind(Bindings.createStringBinding(() -> "in " + vm.zone().get(), vm.zone()));
        HBox line = new HBox(8, control.date(), control.time(), zoneHint);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, line,
                errors.mark(control.date(), field.dateError(), Severity.ERROR),
                errors.mark(control.time(), field.error(), Severity.ERROR),
                errors.mark(control.time(), field.note(), Severity.WARNING));
    }

    private Node glance() {
        // one figure under its name, the figures side by side and onto a second line in a narrow column
        FlowPane figures = new FlowPane(24, 8);
        figures.setId("summary-glance-figures");
        figures.getStyleClass().add("at-a-glance");
        String[] names = {"Duration", "Time to detect", "Time to respond", "Time to mitigate", "Time to resolve"};
        var values = java.util.List.of(vm.duration(), vm.toDetect(), vm.toRespond(), vm.toMitigate(), vm.toResolve());
        for (int i = 0; i < names.length; i++) {
            Label name = new Label(names[i]);
            name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label value = new Label();
            value.getStyleClass().add(Styles.TEXT_BOLD);
            value.textProperty().bind(values.get(i));
            value.setId("glance-" + names[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            figures.getChildren().add(new VBox(4, name, value));
        }
        TextField users = new TextField();
        users.setId("summary-users-affected");
        users.setPrefColumnCount(6);
        users.setPromptText("0\u2013100");
        TextBindings.bind(users, vm.usersAffected().text());
        users.setOnAction(e -> vm.usersAffected().commit());
        users.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.usersAffected().commit();
            }
        });
        Label usersLabel = new Label("Users affected");
        usersLabel.setLabelFor(users);
        HBox usersLine = new HBox(8, usersLabel, users, new Label("%"));
        usersLine.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, figures, usersLine, errors.mark(users, vm.usersAffected().error(), Severity.ERROR));
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("glance-box");
        return box;
    }

    /** A Markdown field of the summary, {@code rows} lines high at any zoom, spell-checked as typed, taking pictures. */
    private Node markdownArea(String id, TextFieldViewModel field, int rows) {
        ProseArea area = new ProseArea();
        dev.hindsight.ui.markdown.PictureInput.takeInto(area, area::replaceSelection, area::pasteFirst, area::copyAlso,
                field, pictures);
        area.setId(id);
        area.bind(field.text(), field.prompt());
        area.place().bind(field.place());
        VirtualizedScrollPane<ProseArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("prose-scroll");
        scroll.setStyle(String.format(java.util.Locale.ROOT, "-fx-pref-height: %.1fem;", rows * 1.45 + 0.9));
        return scroll;
    }

}
