package dev.hindsight.ui.table;

import dev.hindsight.ui.support.TypeAhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import atlantafx.base.theme.Styles;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/**
 * A column whose value is one of a few choices (a kind, a priority, a status). Typing picks by
 * prefix ({@link TypeAhead}: {@code mit} Mitigation, {@code 1} P1); a prefix that fits several
 * choices picks none but opens the chooser on the ones it fits, the first highlighted, so the
 * user sees what Enter will pick and may type on. Enter, F2, Space or a double click opens the
 * chooser on every choice; each entry shows the keys that pick it.
 */
public final class Choices<S, C> {
    private final TableView<S> table;
    private final TableColumn<S, ?> column;
    private final List<C> values;
    private final Function<C, String> label;
    private final IntFunction<C> current;
    private final BiConsumer<Integer, C> set;
    private final TableEditing<S> editing;
    private final TypeAhead<C> typeAhead;
    private int typedOn = -1;
    private Popup chooser;

    /**
     * @param values the choices in order; may contain null for "none"
     * @param names  what typed keys are matched against, per choice
     */
    public Choices(TableEditing<S> editing, TableView<S> table, TableColumn<S, ?> column, List<C> values,
                   Function<C, String> label, Function<C, List<String>> names, IntFunction<C> current,
                   BiConsumer<Integer, C> set) {
        this.editing = editing;
        this.table = table;
        this.column = column;
        this.values = values;
        this.label = label;
        this.current = current;
        this.set = set;
        this.typeAhead = new TypeAhead<>(values, names, System::currentTimeMillis);
        editing.onType(column, this::typed);
        editing.onActivate(column, this::open);
    }

    private void typed(int row, String key) {
        if (row != typedOn) {
            typeAhead.reset();
            typedOn = row;
        }
        TypeAhead.Match<C> match = typeAhead.type(key);
        if (match.matches().isEmpty()) {
            editing.say("No " + column.getText().toLowerCase(java.util.Locale.ROOT) + " starts with \u201c" + key
                    + "\u201d");
        } else if (match.unique()) {
            choose(row, match.highlighted());
        } else {
            C now = current.apply(row);
            // Enter keeps the row's value when the prefix fits it: typing never changes a row by surprise.
            show(row, match.matches().contains(now) ? new TypeAhead.Match<>(match.typed(), match.matches(), now, false)
                    : match);
        }
    }

    private void choose(int row, C value) {
        close();
        typeAhead.reset();
        if (!Objects.equals(current.apply(row), value)) {
            set.accept(row, value);
        }
        editing.say(column.getText() + ": " + text(value));
        editing.focus(row, column);
    }

    private String text(C value) {
        return value == null ? "\u2014 (none)" : label.apply(value);
    }

    /** Opens the chooser on every choice under the row's cell, the current one highlighted. */
    public void open(int row) {
        typeAhead.reset();
        typedOn = row;
        C now = current.apply(row);
        show(row, new TypeAhead.Match<>("", values, values.contains(now) ? now : values.get(0), false));
    }

    private void show(int row, TypeAhead.Match<C> match) {
        close();
        ListView<C> list = new ListView<>();
        list.setId("choices");
        list.setCellFactory(v -> new ChoiceCell());
        list.setFixedCellSize(Math.max(24, table.getFixedCellSize()));
        fill(list, match);
        list.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String key = e.getCharacter();
            if (!key.isBlank() && !Character.isISOControl(key.charAt(0)) && !e.isShortcutDown()) {
                e.consume();
                TypeAhead.Match<C> next = typeAhead.extend(key);
                if (next.unique()) {
                    choose(row, next.highlighted());
                } else if (!next.matches().isEmpty()) {
                    fill(list, next);
                }
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedIndex() >= 0) {
                e.consume();
                choose(row, list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                fill(list, typeAhead.back());
            } else if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.TAB) {
                // Leaving without Enter changes nothing: an unfinished prefix is never a choice.
                e.consume();
                close();
                editing.say(column.getText() + " not changed");
                editing.focus(row, column);
                if (e.getCode() == KeyCode.TAB) {
                    editing.moveFrom(row, column, e.isShiftDown() ? TableEditing.Move.LEFT : TableEditing.Move.RIGHT);
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedIndex() >= 0) {
                choose(row, list.getSelectionModel().getSelectedItem());
            }
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(list);
        popup.setOnHidden(e -> {
            if (chooser == popup) {
                chooser = null;
            }
        });
        chooser = popup;
        Bounds cell = cellBounds(row);
        popup.show(table, cell.getMinX(), cell.getMaxY());
        list.requestFocus();
        if (!match.typed().isEmpty()) {
            editing.say("\u201c" + match.typed() + "\u201d could be " + String.join(" or ",
                    match.matches().stream().map(this::text).toList()) + ": type on, or Enter for the highlighted one");
        }
    }

    private void fill(ListView<C> list, TypeAhead.Match<C> match) {
        list.getItems().setAll(new ArrayList<>(match.matches()));
        list.setPrefHeight(list.getFixedCellSize() * Math.min(10, match.matches().size()) + 4);
        list.setPrefWidth(Math.max(230, column.getWidth()));
        int at = match.matches().indexOf(match.highlighted());
        list.getSelectionModel().select(Math.max(0, at));
        list.getFocusModel().focus(Math.max(0, at));
        list.scrollTo(Math.max(0, at));
    }

    /** Whether the chooser is showing (for tests and for the table's keys). */
    public boolean isOpen() {
        return chooser != null && chooser.isShowing();
    }

    private void close() {
        if (chooser != null) {
            Popup open = chooser;
            chooser = null;
            open.hide();
        }
    }

    private Bounds cellBounds(int row) {
        Node anchor = table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == row).findFirst().orElse(table);
        double x = 0;
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            if (c == column) {
                break;
            }
            x += c.getWidth();
        }
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        return new javafx.geometry.BoundingBox(b.getMinX() + x, b.getMinY(), column.getWidth(), b.getHeight());
    }

    /** An entry of the chooser: the choice, and on the right the keys that pick it; the highlighted one stands out. */
    private final class ChoiceCell extends ListCell<C> {
        private final Label name = new Label();
        private final Label keys = new Label();
        private final HBox line;

        ChoiceCell() {
            name.getStyleClass().add("choice-name");
            keys.getStyleClass().addAll("choice-keys", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(16, name, gap, keys);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(C value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            String typed = typeAhead.keysFor(value);
            name.setText(text(value));
            keys.setText(typed.isEmpty() ? "" : "type " + typed);
            setGraphic(line);
        }

        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(selected);
            // The popup never has the window's focus, where a selection is drawn faintly: mark it plainly.
            setStyle(selected ? "-fx-background-color: -color-accent-subtle;" : "");
            name.setStyle(selected ? "-fx-font-weight: bold;" : "");
        }
    }
}
