package dev.hindsight.ui.window;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One thing the user can do, shown as a menu item and, when it has an icon, a toolbar
 * button: its label (which may change, "Undo Typing in Title"), accelerator, icon and
 * whether it is available now, bound rather than set.
 */
public final class AppAction {
    private final String name;
    private final StringProperty label = new SimpleStringProperty();
    private final KeyCombination accelerator;
    private final Ikon icon;
    private final Runnable handler;
    private ObservableBooleanValue disabled = new SimpleBooleanProperty(false);
    private String id;

    public AppAction(String label, KeyCombination accelerator, Ikon icon, Runnable handler) {
        this.name = label;
        this.label.set(label);
        this.accelerator = accelerator;
        this.icon = icon;
        this.handler = handler;
    }

    public AppAction disabledWhen(ObservableBooleanValue condition) {
        this.disabled = condition;
        return this;
    }

    public AppAction labelFrom(ReadOnlyStringProperty source) {
        label.bind(source);
        return this;
    }

    public AppAction id(String value) {
        this.id = value;
        return this;
    }

    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The key of a menu item's properties holding its name for the shortcut sheet ("_Undo", not "Undo Typing"). */
    static final String SHEET_NAME = "hindsight.sheet-name";

    public MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.getProperties().put(SHEET_NAME, name);
        item.textProperty().bind(label);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(disabled::get, disabled));
        item.setOnAction(e -> run());
        if (id != null) {
            item.setId("menu-" + id);
        }
        return item;
    }

    public Button toolbarButton() {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().add("flat");
        dev.hindsight.ui.support.Tooltips.onHover(button, javafx.beans.binding.Bindings.createStringBinding(
                () -> label.get().replace("_", "") + (accelerator == null ? "" : " (" + accelerator.getDisplayText() + ")"),
                label));
        button.setFocusTraversable(false);
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(disabled::get, disabled));
        button.setOnAction(e -> run());
        if (id != null) {
            button.setId("tool-" + id);
        }
        return button;
    }
}
