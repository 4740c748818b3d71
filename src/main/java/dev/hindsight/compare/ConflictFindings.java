package dev.hindsight.compare;

import dev.hindsight.check.Finding;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ValueCodecs;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recorded merge conflicts as findings of rule {@code conflict}, in the shape every checker uses. */
public final class ConflictFindings {
    public static final String RULE = "conflict";
    private static final int CLIP = 120;

    private ConflictFindings() {
    }

    public static List<Finding> of(Report report, List<MergeConflict> conflicts) {
        List<Finding> out = new ArrayList<>();
        for (MergeConflict c : conflicts) {
            out.add(finding(report, c));
        }
        return out;
    }

    private static Finding finding(Report report, MergeConflict c) {
        boolean oursNone = c.ours().equals(RawJson.NULL);
        boolean theirsNone = c.theirs().equals(RawJson.NULL);
        List<String> suggestions = string(c.theirs(), c.path()).filter(s -> !theirsNone)
                .map(s -> c.isAboutLines() ? Prose.text(Prose.ofBlock(s)) : s).map(List::of).orElse(List.of());
        if (c.isAboutLines()) {
            String message = "both copies changed these lines differently; the report holds ours until the conflict "
                    + "is resolved (theirs: " + clip(c.theirs()) + ", base: " + clip(c.base()) + ")";
            Optional<String> field = Places.text(report, c.path());
            int lines = string(c.ours(), c.path()).map(s -> Prose.ofBlock(s).size()).orElse(0);
            if (field.isPresent() && lines > 0) {
                int[] span = span(field.get(), c.line(), lines);
                if (span != null) {
                    return Finding.inText(RULE, FindingSeverity.ERROR, c.path(), field.get(), span[0], span[1],
                            message, suggestions);
                }
            }
            return new Finding(RULE, FindingSeverity.ERROR, c.path(), "", -1, -1, message + " at line " + c.line(),
                    suggestions);
        }
        String message;
        if (Places.isRow(c.path()) && oursNone) {
            message = "ours deleted this row and theirs changed it; it stays deleted until the conflict is resolved "
                    + "(theirs: " + clip(c.theirs()) + ")";
        } else if (Places.isRow(c.path()) && theirsNone) {
            message = "ours changed this row and theirs deleted it; it stays until the conflict is resolved";
        } else {
            message = "both copies changed this differently: ours " + clip(c.ours()) + ", theirs " + clip(c.theirs())
                    + " (base " + clip(c.base()) + "); the report holds ours until the conflict is resolved";
        }
        return new Finding(RULE, FindingSeverity.ERROR, c.path(), "", -1, -1, message, suggestions);
    }

    /** The UTF-16 offsets of lines {@code [line, line + count)} (from 1) of a text, or null when it has fewer. */
    private static int[] span(String text, int line, int count) {
        List<String> all = Prose.lines(text);
        if (line < 1 || line - 1 + count > all.size()) {
            return null;
        }
        int start = 0;
        for (int i = 0; i < line - 1; i++) {
            start += all.get(i).length() + 1;
        }
        int end = start;
        for (int i = line - 1; i < line - 1 + count; i++) {
            end += all.get(i).length() + 1;
        }
        return new int[] {start, Math.min(end - 1, text.length())};
    }

    private static Optional<String> string(RawJson value, String path) {
        try {
            return Optional.of(ValueCodecs.STRING.read(value, path));
        } catch (ReportFormatException e) {
            return Optional.empty();
        }
    }

    private static String clip(RawJson value) {
        String text = value.equals(RawJson.NULL) ? "nothing" : value.text();
        if (text.length() <= CLIP) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(CLIP - 1)) ? CLIP - 1 : CLIP;
        return text.substring(0, cut) + "…";
    }
}
