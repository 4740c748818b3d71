package dev.hindsight.edit;

import dev.hindsight.model.Report;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A command made of a description, an optional merge key and the change itself. */
public record ReportEdit(String description, String mergeKey, UnaryOperator<Report> change) implements Command {
    public ReportEdit {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }

    public static ReportEdit of(String description, UnaryOperator<Report> change) {
        return new ReportEdit(description, null, change);
    }

    @Override
    public Report apply(Report report) {
        return change.apply(report);
    }
}
