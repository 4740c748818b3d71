package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.Finding;
import dev.hindsight.check.rules.CheckSession;
import dev.hindsight.check.rules.CheckSetup;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Add to dictionary": a plain word list in the settings folder, kept across restarts, written atomically. */
class PersonalDictionaryTest {
    private static final Report REPORT = Report.blank().withRootCause("Vexcorp's widgetry failed; the vexproxy too.");

    @Test
    void anAddedWordIsAcceptedAtOnceAndAfterARestart(@TempDir Path config) throws IOException {
        Path file = config.resolve("hindsight").resolve(PersonalDictionary.FILE_NAME);
        PersonalDictionary personal = PersonalDictionary.open(file);
        CheckSession session = CheckSession.open(CheckSetup.editor("", WordList.EMPTY, personal, CheckConfig.none()));
        assertThat(spelling(session.check(REPORT))).extracting(Finding::text).containsExactly("Vexcorp", "widgetry", "vexproxy");

        assertThat(personal.add("Vexcorp")).isTrue();
        assertThat(personal.add("widgetry")).isTrue();
        assertThat(personal.add("Vexcorp")).isFalse();
        assertThat(spelling(session.check(REPORT))).extracting(Finding::text).containsExactly("vexproxy");

        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).startsWith("# Hindsight personal dictionary").endsWith("Vexcorp\nwidgetry\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }

        PersonalDictionary restarted = PersonalDictionary.open(file);
        CheckSession after = CheckSession.open(CheckSetup.editor("", WordList.EMPTY, restarted, CheckConfig.none()));
        assertThat(spelling(after.check(REPORT))).extracting(Finding::text).containsExactly("vexproxy");
    }

    @Test
    void aWordAddedByAnotherWindowIsKeptWhenThisOneAdds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(PersonalDictionary.FILE_NAME);
        PersonalDictionary one = PersonalDictionary.open(file);
        PersonalDictionary two = PersonalDictionary.open(file);
        one.add("alpha");
        two.add("beta");
        assertThat(PersonalDictionary.open(file).words().words()).containsExactly("alpha", "beta");
        assertThat(two.remove("alpha")).isTrue();
        assertThat(PersonalDictionary.open(file).words().words()).containsExactly("beta");
    }

    @Test
    void onlyOneWordCanBeAddedAndTheCommandLineHasNoDictionary(@TempDir Path dir) {
        PersonalDictionary personal = PersonalDictionary.open(dir.resolve("words.txt"));
        assertThatThrownBy(() -> personal.add("two words")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> personal.add("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> personal.add("#comment")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDictionary.none().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(PersonalDictionary.none().words().isEmpty()).isTrue();
    }

    @Test
    void aFileThatIsNotUtf8IsNeverRewritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("words.txt");
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, '\n'};
        Files.write(file, latin1);
        PersonalDictionary personal = PersonalDictionary.open(file);
        assertThatThrownBy(() -> personal.add("word")).isInstanceOf(IOException.class).hasMessageContaining("not UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }

    @Test
    void aFolderInTheWayGivesAProblemNotAFailure(@TempDir Path dir) throws IOException {
        Path file = Files.createDirectories(dir.resolve("words.txt"));
        PersonalDictionary personal = PersonalDictionary.open(file);
        assertThat(personal.words().isEmpty()).isTrue();
        assertThat(personal.problem()).hasValueSatisfying(p -> assertThat(p).contains("Cannot read the personal dictionary"));
        assertThatThrownBy(() -> personal.add("word")).isInstanceOf(IOException.class);
    }

    /** The editor's session runs every rule; this test is about the spelling rule's words. */
    private static java.util.List<Finding> spelling(java.util.List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals("spelling")).toList();
    }
}
