package dev.hindsight.ui.window;

import dev.hindsight.edit.TextField;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.ui.AppContext;
import dev.hindsight.ui.actions.ActionItemsView;
import dev.hindsight.ui.actions.ActionItemsViewModel;
import dev.hindsight.ui.dialogs.DialogService;
import dev.hindsight.ui.markdown.MarkdownPreview;
import dev.hindsight.ui.sections.MarkdownSectionView;
import dev.hindsight.ui.sections.MeasuresView;
import dev.hindsight.ui.summary.SummaryView;
import dev.hindsight.ui.summary.SummaryViewModel;
import dev.hindsight.ui.support.Distinct;
import dev.hindsight.ui.timeline.TimelineCommands;
import dev.hindsight.ui.timeline.TimelineView;
import dev.hindsight.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;

/**
 * What a window's five section tabs hold, each built when its tab is first shown (the hidden four
 * cost a tenth of start-up), their labels with counts, and the Report menu's timeline commands,
 * which build the timeline's view if its tab has not been shown yet.
 */
final class SectionContents {
    private final DocumentViewModel doc;
    private final AppContext app;
    private final DialogService dialogs;
    private final MarkdownPreview preview;
    private final EditCommands edits;
    private final IntConsumer selectTab;
    private final SummaryViewModel summary;
    private TimelineView timeline;
    private ActionItemsView actionItems;

    /** {@code mayBecome} is asked before the status changes (Final while the review finds things asks first). */
    SectionContents(DocumentViewModel doc, AppContext app, DialogService dialogs, MarkdownPreview preview,
                    EditCommands edits, IntConsumer selectTab, Predicate<ReportStatus> mayBecome) {
        this.doc = doc;
        this.app = app;
        this.dialogs = dialogs;
        this.preview = preview;
        this.edits = edits;
        this.selectTab = selectTab;
        summary = new SummaryViewModel(doc);
        summary.classification().completeFrom(() -> app.libraries().vocabularyFor(doc.file().get()));
        summary.guardStatus(mayBecome);
    }

    /** The tabs' contents, in the order of {@link SectionTabs#NAMES}. */
    List<Supplier<Node>> tabs() {
        List<Supplier<Node>> content = new ArrayList<>();
        content.add(() -> new SummaryView(summary, preview.pictures()).build());
        content.add(() -> timeline().build());
        content.add(() -> MarkdownSectionView.build("root-cause", "Root Cause",
                "What caused the outage, and why it was possible.", new TextFieldViewModel(doc, TextField.ROOT_CAUSE),
                preview));
        content.add(() -> MarkdownSectionView.build("resolution", "Resolution and Recovery",
                "How service was restored, step by step.", new TextFieldViewModel(doc, TextField.RESOLUTION), preview));
        content.add(() -> {
            actionItems = new ActionItemsView(new ActionItemsViewModel(doc), app::openLink, preview,
                    app.settings().zoom());
            return MeasuresView.build(new TextFieldViewModel(doc, TextField.IMPROVEMENTS), actionItems.build(),
                    actionItems.counts(), new TextFieldViewModel(doc, TextField.CLOSING_REMARKS), preview);
        });
        return content;
    }

    /** The tabs' labels where they differ from their names: the timeline's events, the measures' open items. */
    List<StringExpression> labels() {
        List<StringExpression> labels = new ArrayList<>();
        for (int i = 0; i < SectionTabs.NAMES.size(); i++) {
            labels.add(null);
        }
        // Distinct: a tab header restyles when its label is set, even to the same text; a keystroke must not.
        labels.set(1, Distinct.of(Bindings.createStringBinding(() -> SectionTabs.NAMES.get(1)
                + count(doc.current().timeline().size()), doc.report())));
        labels.set(4, Distinct.of(Bindings.createStringBinding(() -> SectionTabs.NAMES.get(4)
                + count((int) doc.current().measures().actionItems().stream().filter(a -> !a.status().equals(
                        ActionStatus.DONE) && !a.status().equals(ActionStatus.WONT_DO)).count()), doc.report())));
        return labels;
    }

    private static String count(int n) {
        return n == 0 ? "" : " (" + n + ")";
    }

    /** The Report menu's timeline commands. */
    List<AppAction> reportActions() {
        return List.of(
                new AppAction("_Add Timeline Row", null, null, () -> {
                    selectTab.accept(1);
                    timeline().commands().addAtEnd();
                }).id("timeline-add"),
                new AppAction("_Sort Timeline by Time", null, null, () -> timeline().commands().sortByTime())
                        .id("timeline-sort"),
                new AppAction("_Paste Timeline Lines", null, null, () -> {
                    selectTab.accept(1);
                    timeline().commands().pasteFromClipboard();
                }).id("timeline-paste"),
                new AppAction("_Import Timeline CSV\u2026", null, null, () -> timeline().commands().importFile())
                        .id("timeline-import"));
    }

    /**
     * The timeline's view, built when its tab is first shown or a timeline command first runs: with
     * its rows for every event and its chart, it was a tenth of the JavaFX thread's start-up work.
     */
    private TimelineView timeline() {
        if (timeline == null) {
            timeline = new TimelineView(new TimelineViewModel(doc), new TimelineCommands.Io(dialogs, app.background(),
                    () -> app.settings().lastFolder().orElse(Path.of(System.getProperty("user.home")))),
                    app.settings().zoom());
            TimelineCommands commands = timeline.commands();
            edits.rows(timeline.table(), new EditCommands.RowClipboard(commands::copy, commands::pasteFromClipboard,
                    commands::delete));
        }
        return timeline;
    }

    /**
     * Selects an action item in the measures tab (shown by the caller): the one at {@code index} if
     * its title is still {@code title}, else the first with that title.
     */
    void selectActionItem(int index, String title) {
        var items = doc.current().measures().actionItems();
        int at = index >= 0 && index < items.size() && items.get(index).title().equals(title) ? index : -1;
        for (int i = 0; at < 0 && i < items.size(); i++) {
            at = items.get(i).title().equals(title) ? i : -1;
        }
        if (at >= 0 && actionItems != null) {
            actionItems.select(at);
        }
    }
}
