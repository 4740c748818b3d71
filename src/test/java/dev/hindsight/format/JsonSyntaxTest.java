package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text that is not JSON is refused in words a person can act on, at the line and column of
 * the mistake, never in the parser's words or with its feature names.
 */
@Tag("messages")
class JsonSyntaxTest {
    /** Words of the parser that must never reach a person. */
    private static final List<String> PARSER_WORDS = List.of("was expecting", "jsonreadfeature", "allow_", "feature",
            "(code ", "ctrl-char", "json string, number", "unrecognized token", "unexpected character",
            "non-standard", "redacted", "streamreadfeature", "fasterxml", "jackson", "illegal", "token '",
            "close marker", "end-of-input", "source:", "not valid json:");

    private final ReportReader reader = new ReportReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        this is not JSON                  | 1 | 1  | this is not JSON: expected `{` to start a report, found `this`
        {"a": NaN}                        | 1 | 7  | NaN is not a JSON number: write a number, or null
        {"a": Infinity}                   | 1 | 7  | Infinity is not a JSON number: write a number, or null
        {"a": -Infinity}                  | 1 | 7  | -Infinity is not a JSON number: write a number, or null
        {"a": +1}                         | 1 | 7  | a number cannot start with `+`: write it without the sign
        ~// note~                         | 1 | 1  | comments are not allowed in a report (JSON has no comments)
        {/* note */ "a": 1}               | 1 | 2  | comments are not allowed in a report (JSON has no comments)
        {"a": 1 # note                    | 1 | 9  | comments are not allowed in a report (JSON has no comments)
        {"a": 01}                         | 1 | 7  | a number cannot start with 0 followed by more digits
        {"a": 1.}                         | 1 | 8  | a number needs a digit after its decimal point: write 1.0 or 1, not 1.
        {"a": .5}                         | 1 | 7  | a number needs a digit before its decimal point: write 0.5, not .5
        {"a": 1e}                         | 1 | 7  | a number's exponent needs digits, as in 1e5
        {"a": 0x10}                       | 1 | 7  | numbers are written in decimal: hexadecimal (0x…) is not JSON
        {"a": -}                          | 1 | 8  | a minus sign must be followed by a digit
        {"a": 'x'}                        | 1 | 7  | text must be in double quotes ("), not single quotes (')
        {'a': 1}                          | 1 | 2  | a key must be in double quotes ("), not single quotes (')
        {a: 1}                            | 1 | 2  | a key must be in double quotes: found `a`
        {"a" 1}                           | 1 | 6  | expected `:` after the key "a", found `1`
        {"a": 1 "b": 2}                   | 1 | 9  | expected `,` or `}` after a member of the object opened at line 1, column 1, found `"` (is a comma missing?)
        {"a": [1 2]}                      | 1 | 10 | expected `,` or `]` after a value of the list opened at line 1, column 7, found `2` (is a comma missing?)
        {"a": 1,}                         | 1 | 8  | a comma must be followed by another member: remove the `,` before `}`
        {"a": [1,]}                       | 1 | 9  | a comma must be followed by another value: remove the `,` before `]`
        {"a": "\\x"}                      | 1 | 8  | `\\x` is not an escape JSON knows: write `\\\\` for a backslash
        {"a": "\\u12G4"}                  | 1 | 8  | `\\u` must be followed by four hexadecimal digits, as in `\\u00E9`
        {"a": tru}                        | 1 | 7  | found the word `tru` where a value was expected: text must be in double quotes
        {"a": True}                       | 1 | 7  | True is not JSON: write true (JSON's words are lower case)
        {"a": undefined}                  | 1 | 7  | found the word `undefined` where a value was expected: text must be in double quotes
        {"a": [}                          | 1 | 8  | found `}`, but the list opened at line 1, column 7 is closed by `]`
        {"a": ]}                          | 1 | 7  | expected a value (text in double quotes, a number, `{`, `[`, true, false or null), found `]`
        {"a": 1]                          | 1 | 8  | found `]`, but the object opened at line 1, column 1 is closed by `}`
        {"a": 1}}                         | 1 | 9  | unexpected content after the end of the JSON document
        {"a": 1} garbage                  | 1 | 10 | unexpected content after the end of the JSON document
        {"a": “x”}                        | 1 | 7  | text must be in straight double quotes ("), not typographic quotes (“”)
        {,}                               | 1 | 2  | expected a key in double quotes, found `,`
        {"a"::1}                          | 1 | 6  | expected a value (text in double quotes, a number, `{`, `[`, true, false or null), found `:`
        """)
    void eachMistakeIsNamedInWordsAtItsPlace(String json, int line, int column, String problem) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(bytes, "broken.json"))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e.kind()).isEqualTo(ReportFormatException.Kind.CONTENT);
                });
    }

    @Test
    void controlCharactersAreNamedWithTheirEscape() {
        assertThat(problem("{\"a\": \"x\ny\"}")).isEqualTo("a line break inside a text must be written as `\\n`");
        assertThat(problem("{\"a\": \"x\ty\"}")).isEqualTo("a tab inside a text must be written as `\\t`");
        assertThat(problem("{\"a\": \"x\u0001\"}"))
                .isEqualTo("the control character U+0001 inside a text must be written as `\\u0001`");
        assertThat(problem("{\"a\":\u00a01}")).isEqualTo("the character U+00A0 is not allowed between values: only "
                + "spaces, tabs and line breaks are");
        assertThat(problem("  \u0000{}")).startsWith("the character U+0000 is not allowed between values");
    }

    /**
     * Broken JSON of every shape, generated from real reports by deleting, inserting and
     * replacing characters and tokens: whatever the parser refuses is explained by the scan (never
     * the fallback), at a line and column, without a word of the parser's.
     */
    @Test
    void generatedBrokenFilesAreExplainedInOurWords() {
        String[] sources = {new String(Fixtures.bytes(Fixtures.EXAMPLE), StandardCharsets.UTF_8),
            new String(Fixtures.bytes("multilingual.postmortem.json"), StandardCharsets.UTF_8),
            new String(Fixtures.bytes("odd/unknown-everywhere.json"), StandardCharsets.UTF_8)};
        String[] insertions = {",", ":", "}", "]", "{", "[", "'", "\"", "/", "//", "/*", "#", "NaN", "Infinity", "+",
            ".", "0", "01", "-", "e", "\\", "\\x", "\\u12", "\u201c", "True", "nul", "undefined", "\n", "\t", "\u0000",
            "\u0007", "\u00a0", "\ufeff", "\u200b", "x", "1 2", "\"k\"", "\"k\":", ",,", "0x1"};
        Random random = new Random(28);
        int explained = 0;
        for (int i = 0; i < 2_500; i++) {
            String source = sources[random.nextInt(sources.length)];
            String broken = mutate(source, random, insertions);
            try {
                reader.read(broken.getBytes(StandardCharsets.UTF_8), "broken.json");
            } catch (ReportFormatException e) {
                assertThat(e.isReaderFault()).as(e.getMessage()).isFalse();
                String lower = e.getMessage().toLowerCase(Locale.ROOT);
                java.util.function.Supplier<String> shown = () -> e.getMessage() + "\nfrom\n" + excerpt(broken, e.line());
                assertThat(PARSER_WORDS).as(shown).noneMatch(lower::contains);
                if (e.path() == null && e.line() > 0) {
                    assertThat(e.problem()).as(shown).isNotEqualTo("this is not valid JSON here");
                    explained++;
                }
            }
        }
        assertThat(explained).as("syntax refusals").isGreaterThan(1_200);
    }

    private static String mutate(String source, Random random, String[] insertions) {
        StringBuilder out = new StringBuilder(source);
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, insertions[random.nextInt(insertions.length)]);
                case 2 -> out.replace(at, Math.min(out.length(), at + 1 + random.nextInt(3)),
                        insertions[random.nextInt(insertions.length)]);
                default -> out.setLength(Math.max(1, at));
            }
        }
        return out.toString();
    }

    private String problem(String json) {
        try {
            reader.read(json.getBytes(StandardCharsets.UTF_8), "broken.json");
        } catch (ReportFormatException e) {
            return e.problem();
        }
        throw new AssertionError("read: " + json);
    }

    private static String excerpt(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line > 0 && line <= lines.length ? lines[line - 1] : "(line " + line + ")";
    }
}
