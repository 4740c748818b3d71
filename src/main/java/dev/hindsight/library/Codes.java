package dev.hindsight.library;

import dev.hindsight.model.Code;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of enumeration values as written, in the order people expect: known values first, then others, then "none". */
final class Codes {
    static final String NONE = "none";

    private Codes() {
    }

    static String key(Code code) {
        return code == null ? NONE : code.code();
    }

    /** {@code counts} reordered: the known codes in their order, then unknown ones alphabetically, then {@code none}. */
    static Map<String, Integer> ordered(Map<String, Integer> counts, List<? extends Code> known) {
        Map<String, Integer> out = new LinkedHashMap<>();
        known.forEach(k -> {
            if (counts.containsKey(k.code())) {
                out.put(k.code(), counts.get(k.code()));
            }
        });
        Map<String, Integer> rest = new TreeMap<>(Comparator.naturalOrder());
        counts.forEach((k, v) -> {
            if (!out.containsKey(k) && !k.equals(NONE)) {
                rest.put(k, v);
            }
        });
        out.putAll(rest);
        if (counts.containsKey(NONE)) {
            out.put(NONE, counts.get(NONE));
        }
        return out;
    }
}
