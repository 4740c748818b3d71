package dev.hindsight.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

/** A label over the report: told when its text changes, not at every edit, and alive as long as it is shown. */
class DistinctTest {
    @Test
    void observersHearOfARealChangeOnlyAndTheTextOutlivesItsBinding() {
        SimpleIntegerProperty items = new SimpleIntegerProperty(3);
        SimpleIntegerProperty edits = new SimpleIntegerProperty();
        ReadOnlyStringProperty label = Distinct.of(Bindings.createStringBinding(
                () -> "Measures (" + items.get() + ")", items, edits));
        List<String> told = new ArrayList<>();
        int[] invalidations = {0};
        label.addListener(o -> invalidations[0]++);
        label.addListener((o, before, after) -> told.add(after));
        for (int i = 0; i < 50; i++) {
            edits.set(i + 1);
            System.gc();
        }
        assertThat(invalidations[0]).as("fifty edits that leave the text as it was").isZero();
        items.set(4);
        assertThat(label.get()).isEqualTo("Measures (4)");
        assertThat(told).containsExactly("Measures (4)");
        assertThat(invalidations[0]).isEqualTo(1);
    }
}
