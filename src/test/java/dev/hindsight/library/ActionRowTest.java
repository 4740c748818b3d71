package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.Priority;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An action item's title in the library's list reads as the editor shows it. */
class ActionRowTest {
    private static ActionRow row(String title) {
        return new ActionRow(Path.of("a.postmortem.json"), null,
                new ActionDigest(0, title, "", null, Priority.KNOWN.get(0), ActionStatus.OPEN), false);
    }

    @Test
    void aTitlesMarkdownIsReadNotShown() {
        // before: the library's list showed "Tune **config** for `max_connections`", asterisks and all
        assertThat(row("Tune **config** for `max_connections`").titleAsRead()).isEqualTo("Tune config for max_connections");
        assertThat(row("Plain words, 2 * 3 = 6").titleAsRead()).isEqualTo("Plain words, 2 * 3 = 6");
        assertThat(row("").titleAsRead()).isEmpty();
    }
}
