package dev.hindsight.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.SmallLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over the small library, as a user types into the search field. */
class LibrarySearchTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;
    private LibraryFolder library;

    @BeforeEach
    void open() throws Exception {
        library = LibraryFolder.open(SmallLibrary.copyTo(dir), cache);
        library.rescan(LibraryProgress.NONE);
    }

    @AfterEach
    void close() throws Exception {
        library.close();
    }

    private SearchResult search(String typed) throws Exception {
        return library.search(typed, 10);
    }

    private static String marked(Snippet s) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Snippet.Mark m : s.marks()) {
            out.append(s.text(), at, m.start()).append('[').append(s.text(), m.start(), m.end()).append(']');
            at = m.end();
        }
        return out.append(s.text().substring(at)).toString();
    }

    @Test
    void everyWordMustOccurAndTheHitIsHighlightedInItsPassage() throws Exception {
        SearchResult result = search("payment gateway ");
        assertThat(result.keys()).containsExactly("2024/a-checkout.postmortem.json");
        assertThat(marked(result.snippet("2024/a-checkout.postmortem.json")))
                .contains("[payment] [gateway]");
    }

    @Test
    void theLastWordIsAPrefixWhileItIsBeingTyped() throws Exception {
        assertThat(search("certif").keys()).containsExactly("2024/a-checkout.postmortem.json");
        assertThat(search("certif ").keys()).as("a space ends the word").isEmpty();
        assertThat(marked(search("certif").snippet("2024/a-checkout.postmortem.json"))).contains("[certificate]");
    }

    @Test
    void whatIsTypedBecomesAPrefixOnlyForAWordOfTwoLettersOrMoreNotYetEnded() {
        assertThat(LibrarySearch.asYouType("d")).isEqualTo("d");
        assertThat(LibrarySearch.asYouType("da")).isEqualTo("da*");
        assertThat(LibrarySearch.asYouType("database c")).isEqualTo("database c");
        assertThat(LibrarySearch.asYouType("database co")).isEqualTo("database co*");
        assertThat(LibrarySearch.asYouType("database ")).isEqualTo("database");
        assertThat(LibrarySearch.asYouType("\"replica la")).isEqualTo("\"replica la");
        assertThat(LibrarySearch.asYouType("-dns")).isEqualTo("-dns*");
        assertThat(LibrarySearch.asYouType("数据库")).isEqualTo("数据库");
    }

    @Test
    void accentsAndCaseDoNotMatter() throws Exception {
        assertThat(search("REVEILLON").keys()).containsExactly("2023/f-new-year.postmortem.json");
        assertThat(search("débordé").keys()).containsExactly("2023/f-new-year.postmortem.json");
    }

    @Test
    void phrasesExclusionsAndAlternatives() throws Exception {
        assertThat(search("\"session cache\"").keys()).containsExactly("2024/b-login.postmortem.json");
        assertThat(search("database -search").keys()).containsExactly("2024/e-near-miss.postmortem.json");
        assertThat(search("vendor | catalogue").keys()).containsExactlyInAnyOrder("2024/d-batch.postmortem.json",
                "2024/c-search.postmortem.json");
    }

    @Test
    void theTitleCountsDouble() throws Exception {
        // "search" is the title of c and a tag of c; e mentions neither; a word in a title ranks first.
        assertThat(search("login").keys()).first().isEqualTo("2024/b-login.postmortem.json");
    }

    @Test
    void refusedFilesAreNeverFound() throws Exception {
        assertThat(search("package").keys()).isEmpty();
    }

    @Test
    void anythingTypedIsASearchNeverAnError() throws Exception {
        Random random = new Random(3);
        String alphabet = "ab \"*-|+()~\\\u00e9\u4e2d:/[]{}?!^&";
        for (int i = 0; i < 400; i++) {
            StringBuilder typed = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(search(typed.toString())).isNotNull();
        }
    }

    @Test
    void passagesAreOneLineWithTheirMarksInOrderOnTheFoundWords() throws Exception {
        Random random = new Random(11);
        List<String> words = List.of("the", "cache", "certif", "search", "login", "payment", "disk", "débordé", "file",
                "alert", "index", "deploy");
        for (int i = 0; i < 60; i++) {
            String typed = words.get(random.nextInt(words.size())) + (random.nextBoolean() ? ""
                    : " " + words.get(random.nextInt(words.size())));
            SearchResult result = library.search(typed, 10);
            for (String key : result.keys()) {
                Snippet s = result.snippet(key);
                assertThat(s.text()).doesNotContain("\n").doesNotContain("  ");
                int last = 0;
                for (Snippet.Mark m : s.marks()) {
                    assertThat(m.start()).isGreaterThanOrEqualTo(last).isLessThan(m.end());
                    assertThat(m.end()).isLessThanOrEqualTo(s.text().length());
                    assertThat(s.text().substring(m.start(), m.end())).isNotBlank();
                    last = m.end();
                }
            }
        }
    }

    @Test
    void chineseWithoutSpacesIsFoundByItsWords() throws Exception {
        Path reports = dir.resolve("reports");
        java.nio.file.Files.writeString(reports.resolve("zh.postmortem.json"), """
                {"format": "postmortem-report", "formatVersion": 1, "title": "数据库主节点故障",
                 "rootCause": "连接池耗尽导致服务不可用。"}
                """);
        library.rescan(LibraryProgress.NONE);
        assertThat(search("连接池").keys()).containsExactly("zh.postmortem.json");
        assertThat(search("主节点").keys()).containsExactly("zh.postmortem.json");
    }
}
