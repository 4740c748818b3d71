package dev.hindsight.ui.summary;

import dev.hindsight.model.Code;
import java.util.ArrayList;
import java.util.List;

/** An entry of a drop-down of enumeration values: a value (null for "none") and what is shown. */
public record CodeChoice<C extends Code>(C value, String label) {
    @Override
    public String toString() {
        return label;
    }

    /**
     * The choices for a field: "—" first when the field may be empty, the known values, and
     * the current value when the file holds one this version does not know (kept, marked).
     */
    public static <C extends Code> List<CodeChoice<C>> of(List<C> known, boolean nullable, C current) {
        List<CodeChoice<C>> out = new ArrayList<>();
        if (nullable) {
            out.add(new CodeChoice<>(null, "\u2014"));
        }
        known.forEach(c -> out.add(new CodeChoice<>(c, c.label())));
        if (current != null && !current.isKnown()) {
            out.add(new CodeChoice<>(current, current.code() + " (unknown, kept as written)"));
        }
        return out;
    }
}
