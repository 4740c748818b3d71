package dev.hindsight.ui.writing;

import dev.hindsight.check.Dismissals;
import dev.hindsight.check.Finding;
import dev.hindsight.check.spelling.PersonalDictionary;
import dev.hindsight.check.spelling.SpellingChecker;
import dev.hindsight.edit.ReviewEdits;
import dev.hindsight.model.Dismissal;
import dev.hindsight.ui.window.DocumentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * What a right-click on an underlined word offers: up to five suggestions (each replaces the word
 * as one undo step), Add to My Dictionary, Add to Team Words ({@code .hindsight/words.txt} beside
 * the saved report), Ignore in This Report (for this field, or for the word in every field: one
 * undo step, kept in the report's {@code dismissedFindings}). A finding of another rule offers its
 * message and Ignore.
 */
final class SpellingMenu {
    private static final int MAX_SUGGESTIONS = 5;

    private final WritingChecks checks;
    private final DocumentViewModel doc;

    SpellingMenu(WritingChecks checks, DocumentViewModel doc) {
        this.checks = checks;
        this.doc = doc;
    }

    List<MenuItem> items(ProseArea area, int index) {
        Optional<Finding> at = area.shownFindings().stream()
                .filter(f -> f.start() <= index && index <= f.end()).findFirst();
        if (at.isEmpty() || !area.getText().regionMatches(at.get().start(), at.get().text(), 0,
                at.get().text().length())) {
            return List.of();
        }
        Finding f = at.get();
        List<MenuItem> items = new ArrayList<>();
        if (f.rule().equals(SpellingChecker.RULE)) {
            List<String> suggestions = suggestions(f);
            for (String s : suggestions) {
                MenuItem item = ProseArea.item(s, () -> replace(area, f, s), false);
                item.getStyleClass().add("suggestion");
                items.add(item);
            }
            if (suggestions.isEmpty()) {
                items.add(ProseArea.item("No suggestions", () -> { }, true));
            }
            items.add(new SeparatorMenuItem());
            items.add(ProseArea.item("Add \u201c" + f.text() + "\u201d to My Dictionary",
                    () -> add(checks.personal(), f.text()), false));
            Optional<Path> team = WritingChecks.teamWordsFile(doc.file().get());
            items.add(ProseArea.item(team.isPresent() ? "Add \u201c" + f.text() + "\u201d to Team Words"
                    : "Add to Team Words (save the report first)", () -> addToTeam(team.get(), f.text()),
                    team.isEmpty()));
        } else {
            items.add(ProseArea.item(f.message(), () -> { }, true));
        }
        items.add(ProseArea.item("Ignore in This Report", () -> doc.execute(ReviewEdits.dismiss(Dismissals.of(f))),
                false));
        if (f.rule().equals(SpellingChecker.RULE)) {
            items.add(ProseArea.item("Ignore \u201c" + f.text() + "\u201d Everywhere in This Report",
                    () -> ignoreEverywhere(f), false));
        }
        items.forEach(i -> i.getStyleClass().add("finding-menu-item"));
        return items;
    }

    private List<String> suggestions(Finding f) {
        if (!f.suggestions().isEmpty()) {
            return f.suggestions().subList(0, Math.min(MAX_SUGGESTIONS, f.suggestions().size()));
        }
        List<String> found = checks.session().flatMap(s -> s.spelling()).map(s -> s.suggestions(f.text()))
                .orElse(List.of());
        return found.subList(0, Math.min(MAX_SUGGESTIONS, found.size()));
    }

    /** The suggestion replaces the word as an undo step of its own. */
    private void replace(ProseArea area, Finding f, String suggestion) {
        doc.endMerging();
        area.replaceText(f.start(), f.end(), suggestion);
        doc.endMerging();
        area.moveTo(f.start() + suggestion.length());
    }

    private void ignoreEverywhere(Finding f) {
        List<Dismissal> all = new ArrayList<>();
        checks.session().ifPresent(s -> s.check(doc.current()).stream()
                .filter(x -> x.rule().equals(f.rule()) && x.text().equals(f.text()))
                .forEach(x -> all.add(Dismissals.of(x))));
        if (all.isEmpty()) {
            all.add(Dismissals.of(f));
        }
        doc.execute(ReviewEdits.dismissAll(all));
    }

    private void add(PersonalDictionary words, String word) {
        checks.change(() -> words.add(word), SpellingMenu::showError);
    }

    private void addToTeam(Path file, String word) {
        checks.change(() -> {
            Files.createDirectories(file.getParent());
            PersonalDictionary.open(file).add(word);
        }, SpellingMenu::showError);
    }

    private static void showError(String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, details);
        alert.setHeaderText(header);
        alert.show();
    }
}
