package dev.hindsight.ui.summary;

import dev.hindsight.edit.ClassificationEdits;
import dev.hindsight.input.ParseResult;
import dev.hindsight.library.Vocabulary;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Report;
import dev.hindsight.ui.window.DocumentViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The classification of the report on the Issue Summary tab: tags, affected services and related
 * incidents typed as lists separated by commas, contributing factors as rows, and the near-miss
 * mark. Completion offers the words of the open libraries' other reports.
 */
public final class ClassificationViewModel {
    private static final int SUGGESTIONS = 8;

    private final DocumentViewModel doc;
    private final ParsedFieldViewModel<List<String>> tags;
    private final ParsedFieldViewModel<List<String>> services;
    private final ParsedFieldViewModel<List<String>> related;
    private final BooleanProperty nearMiss = new SimpleBooleanProperty();
    private final ObservableList<FactorFields> factors = FXCollections.observableArrayList();
    private Supplier<Vocabulary> vocabulary = () -> Vocabulary.NONE;
    private boolean syncing;

    ClassificationViewModel(DocumentViewModel doc) {
        this.doc = doc;
        tags = list(r -> r.classification().tags(), ClassificationEdits::tags);
        services = list(r -> r.classification().affectedServices(), ClassificationEdits::services);
        related = list(r -> r.classification().relatedIncidents(), ClassificationEdits::relatedIncidents);
        refresh(doc.current());
        doc.report().addListener((o, before, after) -> refresh(after));
        nearMiss.addListener((o, a, b) -> {
            if (!syncing) {
                doc.execute(ClassificationEdits.nearMiss(b));
            }
        });
    }

    private ParsedFieldViewModel<List<String>> list(Function<Report, List<String>> getter,
                                                    Function<List<String>, dev.hindsight.edit.Command> setter) {
        return new ParsedFieldViewModel<>(doc, getter, t -> ParseResult.ok(items(t)), l -> String.join(", ", l), setter,
                true);
    }

    /** The items of a list typed with commas: each stripped, empty ones and repeats dropped. */
    static List<String> items(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Arrays.stream((text == null ? "" : text).split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(out::add);
        return new ArrayList<>(out);
    }

    private void refresh(Report report) {
        syncing = true;
        try {
            nearMiss.set(report.classification().nearMiss());
            List<ContributingFactor> now = report.classification().contributingFactors();
            while (factors.size() > now.size()) {
                factors.remove(factors.size() - 1);
            }
            while (factors.size() < now.size()) {
                factors.add(new FactorFields(doc, factors.size()));
            }
            for (int i = 0; i < now.size(); i++) {
                factors.get(i).show(now.get(i));
            }
        } finally {
            syncing = false;
        }
    }

    /** Where completion takes its words from (the open libraries); asked each time, so it follows them. */
    public void completeFrom(Supplier<Vocabulary> source) {
        this.vocabulary = source;
    }

    public List<String> suggestTags(String typed, List<String> chosen) {
        return Vocabulary.suggest(vocabulary.get().tags(), typed, chosen, SUGGESTIONS);
    }

    public List<String> suggestServices(String typed, List<String> chosen) {
        return Vocabulary.suggest(vocabulary.get().services(), typed, chosen, SUGGESTIONS);
    }

    public List<String> suggestIncidents(String typed, List<String> chosen) {
        return Vocabulary.suggest(vocabulary.get().incidents(), typed, chosen, SUGGESTIONS);
    }

    /** The categories to choose from: the libraries' own, most used first, then the suggested ones. */
    public List<String> categories() {
        return vocabulary.get().categories();
    }

    public void addFactor() {
        doc.execute(ClassificationEdits.addFactor(""));
    }

    public void removeFactor(int index) {
        doc.execute(ClassificationEdits.removeFactor(index));
    }

    public ParsedFieldViewModel<List<String>> tags() {
        return tags;
    }

    public ParsedFieldViewModel<List<String>> services() {
        return services;
    }

    public ParsedFieldViewModel<List<String>> related() {
        return related;
    }

    public BooleanProperty nearMiss() {
        return nearMiss;
    }

    public ObservableList<FactorFields> factors() {
        return factors;
    }
}
