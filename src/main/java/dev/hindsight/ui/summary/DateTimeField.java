package dev.hindsight.ui.summary;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import dev.hindsight.ui.support.TextBindings;

/** A date picker (typed as 2024-06-10) and a time field, bound to a {@link DateTimeViewModel}. */
final class DateTimeField {
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();

    DateTimeField(String id, DateTimeViewModel vm) {
        date.setId(id + "-date");
        date.setPromptText("2024-06-10");
        // sized in characters, so the date shows whole at every zoom level
        date.getEditor().setPrefColumnCount(7);
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return vm.parseDate(text);
            }
        });
        date.valueProperty().bindBidirectional(vm.date());
        time.setId(id + "-time");
        time.setPromptText("11:00");
        time.setPrefColumnCount(8);
        TextBindings.bind(time, vm.time());
        time.setOnAction(e -> vm.commit());
        time.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.commit();
            }
        });
    }

    DatePicker date() {
        return date;
    }

    TextField time() {
        return time;
    }
}
