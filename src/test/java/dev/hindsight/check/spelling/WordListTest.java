package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word lists: the bundled technical words, and the case and ending rules every list follows. */
class WordListTest {
    @Test
    void lowercaseEntriesAcceptAnyCaseAndCapitalisedOnesTheirOwn() {
        WordList list = WordList.of(List.of("# a comment", "", "  rollback  ", "Terraform", "PagerDuty"));
        assertThat(list.words()).containsExactly("rollback", "Terraform", "PagerDuty");
        assertThat(list.accepts("rollback")).isTrue();
        assertThat(list.accepts("Rollback")).isTrue();
        assertThat(list.accepts("ROLLBACK")).isTrue();
        assertThat(list.accepts("Terraform")).isTrue();
        assertThat(list.accepts("TERRAFORM")).isTrue();
        assertThat(list.accepts("terraform")).isFalse();
        assertThat(list.accepts("Pagerduty")).isFalse();
    }

    @Test
    void regularEndingsOfAListedWordAreAccepted() {
        WordList list = WordList.of(List.of("runbook", "hotfix", "shard", "rebase", "Terraform"));
        for (String w : List.of("runbooks", "hotfixes", "hotfixed", "sharded", "sharding", "rebased", "rebasing",
                "rebaser", "Terraformed")) {
            assertThat(list.accepts(w)).as(w).isTrue();
        }
        assertThat(list.accepts("runbooking's")).isFalse();
        assertThat(list.accepts("terraformed")).isFalse();
        assertThat(list.accepts("s")).isFalse();
    }

    @Test
    void theTechnicalListHasThousandsOfWordsTheDictionaryLacks() {
        WordList technical = WordList.technical();
        SpellingDictionary us = SpellingDictionary.get(SpellingDictionary.Variant.EN_US);
        long added = technical.words().stream().filter(w -> !WordShapes.isNotProse(w) && !us.isWord(w)).count();
        assertThat(technical.size()).isGreaterThan(4000);
        assertThat(added).isGreaterThan(1800);
        for (String w : List.of("rollback", "hotfix", "Terraform", "Redis", "nginx", "etcd", "Prometheus", "Datadog",
                "kubectl", "runbook", "on-call", "failover", "Kubernetes", "PagerDuty", "gRPC", "p50", "4xx", "SLA")) {
            assertThat(technical.accepts(w) || us.isWord(w) || WordShapes.isNotProse(w)).as(w).isTrue();
        }
    }

    @Test
    void aFileIsReadAsUtf8WithBadBytesReplacedAndSizeLimited(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("words.txt");
        Files.write(file, "Acme\r\nwidgetry\n\u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8));
        assertThat(WordList.read(file).words()).containsExactly("Acme", "widgetry", "\u00e9t\u00e9");
        Files.write(file, new byte[] {'o', 'k', '\n', (byte) 0xE9, 't', '\n'});
        assertThat(WordList.read(file).words()).containsExactly("ok", "\ufffdt");
        Files.write(file, new byte[(int) WordList.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> WordList.read(file)).hasMessageContaining("is more than the");
    }
}
