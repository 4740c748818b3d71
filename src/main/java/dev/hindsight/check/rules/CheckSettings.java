package dev.hindsight.check.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.hindsight.check.CheckConfig;
import dev.hindsight.check.FindingSeverity;
import dev.hindsight.format.IoMessages;
import dev.hindsight.format.Names;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A team's review settings, the file {@code check.json} of its {@code .hindsight} folder
 * ({@link CheckConfig}): which rules run, at which severity, and each rule's own options. The
 * command line and the window read the same file. The format (docs/review.md):
 * <pre>
 * {
 *   "rules": {
 *     "completeness": {"severity": "error", "skip": ["users-affected"], "timelineKinds": ["detection", "resolution"]},
 *     "blameless": {"skip": ["minimizing"]},
 *     "spelling": {"enabled": false},
 *     "comments": {"enabled": true}
 *   }
 * }
 * </pre>
 * Read strictly: an unknown rule, key or value is refused with its line and column (a typo must
 * not turn a rule off unnoticed); {@code //} and {@code /* *}{@code /} comments are allowed.
 */
public final class CheckSettings {
    /** No file: every rule at its default. */
    public static final CheckSettings DEFAULT = new CheckSettings(Map.of(), Optional.empty());
    static final int MAX_BYTES = 256 * 1024;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(10_000).build())
            .build();

    /** One rule's settings; absent values mean the rule's defaults. */
    public record RuleSettings(Optional<Boolean> enabled, Optional<FindingSeverity> severity,
                               Map<String, List<String>> options) {
        static final RuleSettings NONE = new RuleSettings(Optional.empty(), Optional.empty(), Map.of());

        public RuleSettings {
            options = Map.copyOf(options);
        }

        /** The values given for {@code option}, if it was given. */
        public Optional<List<String>> option(String option) {
            return Optional.ofNullable(options.get(option));
        }
    }

    private final Map<String, RuleSettings> rules;
    private final Optional<Path> file;

    private CheckSettings(Map<String, RuleSettings> rules, Optional<Path> file) {
        this.rules = Map.copyOf(rules);
        this.file = file;
    }

    /** The settings of {@code config}'s folder, or {@link #DEFAULT} when it has no {@code check.json}. */
    public static CheckSettings of(CheckConfig config) throws CheckSettingsException {
        Optional<Path> f = config.settingsFile();
        return f.isPresent() ? read(f.get()) : DEFAULT;
    }

    public static CheckSettings read(Path file) throws CheckSettingsException {
        String name = Names.shown(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new CheckSettingsException(String.format(Locale.ROOT,
                        "%s: %,d bytes is more than the %,d review settings may hold", name, size, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CheckSettingsException(name + ": cannot read the review settings: " + IoMessages.describe(e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CheckSettingsException(name + ": the review settings are not UTF-8 text");
        }
        return parse(text, name, Optional.of(file));
    }

    /** Settings from {@code text}; {@code source} names it in messages. */
    public static CheckSettings parse(String text, String source) throws CheckSettingsException {
        return parse(text, source, Optional.empty());
    }

    private static CheckSettings parse(String text, String source, Optional<Path> file) throws CheckSettingsException {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        try (JsonParser p = JSON.createParser(body)) {
            Map<String, RuleSettings> rules = new LinkedHashMap<>();
            expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "the review settings must be one JSON object, {…}");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (!key.equals("rules")) {
                    throw wrong(p, source, "unknown key \"" + shown(key) + "\" (the settings hold \"rules\")");
                }
                expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "\"rules\" must be an object of rule names");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Rules.Rule rule = Rules.named(name).orElseThrow(() -> wrong(p, source, "no rule named \""
                            + shown(name) + "\" (rules: " + Rules.names() + ")"));
                    rules.put(name, rule(p, rule, source));
                }
            }
            if (p.nextToken() != null) {
                throw wrong(p, source, "unexpected content after the settings object");
            }
            return new CheckSettings(rules, file);
        } catch (JsonEOFException e) {
            throw new CheckSettingsException(at(source, e.getLocation()) + "the file ends in the middle of the JSON");
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage().startsWith("Duplicate field")
                    ? "a key is given twice" : "this is not valid JSON" + found(body, e.getLocation());
            throw new CheckSettingsException(at(source, e.getLocation()) + what);
        } catch (Wrong e) {
            throw new CheckSettingsException(e.getMessage());
        } catch (IOException e) {
            throw new CheckSettingsException(source + ": cannot read the review settings: " + IoMessages.describe(e));
        }
    }

    private static RuleSettings rule(JsonParser p, Rules.Rule rule, String source) throws IOException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "the settings of \"" + rule.name()
                + "\" must be an object, such as {\"enabled\": false}");
        Optional<Boolean> enabled = Optional.empty();
        Optional<FindingSeverity> severity = Optional.empty();
        Map<String, List<String>> options = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            JsonToken value = p.nextToken();
            if (key.equals("enabled")) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    throw wrong(p, source, "\"enabled\" must be true or false");
                }
                enabled = Optional.of(value == JsonToken.VALUE_TRUE);
            } else if (key.equals("severity")) {
                String s = value == JsonToken.VALUE_STRING ? p.getText() : "";
                severity = Arrays.stream(FindingSeverity.values()).filter(v -> v.code().equals(s)).findFirst();
                if (severity.isEmpty()) {
                    throw wrong(p, source, "\"severity\" must be \"error\", \"warning\" or \"info\"");
                }
            } else {
                Rules.Option option = rule.options().stream().filter(o -> o.name().equals(key)).findFirst()
                        .orElseThrow(() -> new Wrong(at(source, keyAt) + "the rule \"" + rule.name()
                                + "\" has no setting \"" + shown(key) + "\" (it has: " + keys(rule) + ")"));
                options.put(key, values(p, value, rule, option, source));
            }
        }
        return new RuleSettings(enabled, severity, options);
    }

    private static List<String> values(JsonParser p, JsonToken start, Rules.Rule rule, Rules.Option option,
                                       String source) throws IOException {
        String what = "\"" + option.name() + "\" of \"" + rule.name() + "\"";
        expect(p, start, JsonToken.START_ARRAY, source, what + " must be a list of strings, [\"…\"]");
        Collection<String> allowed = option.values().get();
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                throw wrong(p, source, what + " must be a list of strings, [\"…\"]");
            }
            String v = p.getText();
            if (allowed != null && !allowed.contains(v)) {
                throw wrong(p, source, "\"" + shown(v) + "\" is not one of the values of " + what + ": "
                        + String.join(", ", allowed));
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static String keys(Rules.Rule rule) {
        List<String> keys = new ArrayList<>(List.of("enabled", "severity"));
        rule.options().forEach(o -> keys.add(o.name()));
        return String.join(", ", keys);
    }

    private static void expect(JsonParser p, JsonToken found, JsonToken wanted, String source, String message) {
        if (found != wanted) {
            throw wrong(p, source, message);
        }
    }

    /** A settings file that parses but says something wrong; unchecked so lambdas can throw it. */
    private static final class Wrong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Wrong(String message) {
            super(message);
        }
    }

    private static Wrong wrong(JsonParser p, String source, String message) {
        return new Wrong(at(source, p.currentTokenLocation()) + message);
    }

    private static String at(String source, JsonLocation where) {
        if (where == null || where.getLineNr() < 1) {
            return source + ": ";
        }
        return String.format(Locale.ROOT, "%s: line %d, column %d: ", source, where.getLineNr(), where.getColumnNr());
    }

    /** ", found `e`": the character where the parser stopped, if there is one. */
    private static String found(String text, JsonLocation where) {
        long at = where == null ? -1 : where.getCharOffset();
        if (at < 0 || at >= text.length()) {
            return "";
        }
        int cp = text.codePointAt((int) at);
        return Character.isISOControl(cp) || Character.isWhitespace(cp) ? ""
                : ", found `" + new String(Character.toChars(cp)) + "`";
    }

    private static String shown(String s) {
        return Names.shown(s.length() > 60 ? s.substring(0, 59) + "\u2026" : s);
    }

    /** The settings given for {@code rule} (every value absent when the file says nothing of it). */
    public RuleSettings rule(String rule) {
        return rules.getOrDefault(rule, RuleSettings.NONE);
    }

    /** Whether {@code rule} runs when no rules are named: as the file says, else the rule's default. */
    public boolean isOn(Rules.Rule rule) {
        return rule(rule.name()).enabled().orElse(rule.onByDefault());
    }

    /** The rules that run when none are named, in the registry's order. */
    public List<Rules.Rule> enabledRules() {
        return Rules.all().stream().filter(this::isOn).toList();
    }

    /** The file these settings come from, if any. */
    public Optional<Path> file() {
        return file;
    }

    @Override
    public String toString() {
        return "CheckSettings" + rules.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
