package dev.hindsight.ui.summary;

import dev.hindsight.model.Code;
import dev.hindsight.ui.support.TypeAhead;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Typing on a drop-down of enumeration values picks by prefix, as in the tables: {@code 1}
 * SEV1, {@code f} Final. A prefix that fits several values opens the list instead of picking
 * one; the tooltip says which keys pick what.
 */
final class ChoiceKeys {
    private ChoiceKeys() {
    }

    static <C extends Code> void install(ComboBox<CodeChoice<C>> combo) {
        TypeAhead<CodeChoice<C>> keys = new TypeAhead<>(combo.getItems(),
                c -> c.value() == null ? List.of() : TypeAhead.names(c.value()), System::currentTimeMillis);
        combo.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String key = e.getCharacter();
            if (key.isBlank() || Character.isISOControl(key.charAt(0)) || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            e.consume();
            TypeAhead.Match<CodeChoice<C>> match = keys.type(key);
            if (match.unique()) {
                combo.setValue(match.highlighted());
            } else if (!match.matches().isEmpty() && !combo.isShowing()) {
                combo.show();
            }
        });
        dev.hindsight.ui.support.Tooltips.onHover(combo, Bindings.createStringBinding(() -> "Type to choose: "
                + combo.getItems().stream().filter(c -> c.value() != null && !keys.keysFor(c).isEmpty())
                .map(c -> keys.keysFor(c) + " " + c.label()).collect(Collectors.joining(", ")), combo.getItems()));
    }
}
