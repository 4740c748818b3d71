package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.model.Classification;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import dev.hindsight.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The version-2 writing rule: additive keys, after the version-1 keys, and the version never lowered. */
class Version2FormatTest {
    private static final List<String> VERSION_1_KEYS = List.of("format", "formatVersion", "title", "incidentId",
            "severity", "status", "confidentiality", "authors", "timeZone", "createdAt", "updatedAt", "summary",
            "timeline", "rootCause", "resolution", "measures", "closingRemarks");

    private final ReportReader reader = new ReportReader();
    private final ReportEncoder encoder = new ReportEncoder();

    private static List<String> topLevelKeys(byte[] json) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }

    private Report example() throws Exception {
        return reader.read(Fixtures.bytes(Fixtures.EXAMPLE), "example").report();
    }

    @Test
    void aVersionOneReportWithoutVersion2ContentStaysVersionOneWithoutTheNewKeys() throws Exception {
        byte[] written = encoder.encode(example());
        assertThat(written).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
        assertThat(topLevelKeys(written)).containsExactlyElementsOf(VERSION_1_KEYS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"language", "tags", "nearMiss", "reviewChecklist", "dismissedFindings", "pictures"})
    void oneVersion2PartNotAtItsDefaultMakesVersion2WithEveryNewKeyAfterTheVersion1Keys(String part)
            throws Exception {
        Report r = example();
        Report changed = switch (part) {
            case "language" -> r.withLanguage("en-GB");
            case "tags" -> r.withClassification(Classification.EMPTY.withTags(List.of("database")));
            case "nearMiss" -> r.withClassification(Classification.EMPTY.withNearMiss(true));
            case "reviewChecklist" -> r.withReview(Review.EMPTY.withChecklist(List.of("impact-complete")));
            case "dismissedFindings" -> r.withReview(Review.EMPTY.withDismissed(
                    List.of(new Dismissal("spelling", "rootCause", "Kubernetes"))));
            default -> r.withPictures(List.of(picture("graph.png", new byte[] {1, 2, 3})));
        };
        byte[] written = encoder.encode(changed);
        JsonNode tree = new ObjectMapper().readTree(written);
        assertThat(tree.get("formatVersion").intValue()).isEqualTo(2);
        List<String> expected = new ArrayList<>(VERSION_1_KEYS);
        expected.addAll(Version2Keys.IN_ORDER);
        assertThat(topLevelKeys(written)).containsExactlyElementsOf(expected);
        Report back = reader.read(written, "back").report();
        assertThat(back).isEqualTo(changed.withFormatVersion(2));
        assertThat(encoder.encode(back)).isEqualTo(written);
    }

    @Test
    void unknownKeysComeAfterTheVersion2Keys() throws Exception {
        Report r = reader.read(Fixtures.bytes("odd/unknown-everywhere.json"), "u").report().withLanguage("de");
        List<String> keys = topLevelKeys(encoder.encode(r));
        int lastKnown = keys.indexOf(Version2Keys.PICTURES);
        assertThat(keys.subList(lastKnown + 1, keys.size())).containsExactlyElementsOf(r.extras().members().keySet())
                .isNotEmpty();
    }

    @Test
    void aVersion2FileIsNeverWrittenLowerEvenWhenItsVersion2PartsAreAllDefaults() throws Exception {
        Report v2 = example().withFormatVersion(2);
        byte[] written = encoder.encode(v2);
        assertThat(new ObjectMapper().readTree(written).get("formatVersion").intValue()).isEqualTo(2);
        assertThat(topLevelKeys(written)).containsAll(Version2Keys.IN_ORDER);
        assertThat(reader.read(written, "v2").report()).isEqualTo(v2);
    }

    @Test
    void aNewerVersionKeepsItsNumber() throws Exception {
        byte[] original = Fixtures.bytes("odd/newer-version.json");
        assertThat(encoder.encode(reader.read(original, "v3").report())).isEqualTo(original);
    }

    @Test
    void savingOverAFileWrittenAsVersion2AfterItsVersion2ContentWasRemovedKeepsVersion2(@TempDir Path dir)
            throws Exception {
        ReportFiles files = new ReportFiles(reader, new AtomicFileWriter(),
                Clock.fixed(Instant.parse("2024-06-11T00:00:00Z"), ZoneOffset.UTC));
        Path file = dir.resolve("r.postmortem.json");
        Report opened = example();
        Report saved = files.save(opened.withLanguage("en-GB"), opened, file);
        assertThat(saved.formatVersion()).isEqualTo(2);
        Report cleared = opened.withLanguage("");
        Report savedAgain = files.save(cleared, saved, file);
        assertThat(savedAgain.formatVersion()).isEqualTo(2);
        assertThat(reader.read(file).report().formatVersion()).isEqualTo(2);
    }

    @Test
    void randomVersion2ReportsRoundTripExactly() throws Exception {
        RandomReports reports = new RandomReports(20261201L);
        RandomVersion2Parts parts = new RandomVersion2Parts(42L);
        for (int i = 0; i < 400; i++) {
            Report r = parts.decorate(reports.next());
            byte[] written = encoder.encode(r);
            Report back = reader.read(written, "random " + i).report();
            assertThat(back).as("report %d", i).isEqualTo(FormatVersions.settled(r));
            assertThat(encoder.encode(back)).as("report %d", i).isEqualTo(written);
            int version = FormatVersions.written(r);
            assertThat(version).isEqualTo(Math.max(r.formatVersion(), r.usesVersion2() ? 2 : 1));
            assertThat(topLevelKeys(written).contains(Version2Keys.LANGUAGE)).isEqualTo(version >= 2);
        }
    }

    @Test
    void aLargePictureIsStoredInPiecesThatNoReaderRefuses() throws Exception {
        byte[] bytes = new byte[3_000_000];
        new Random(7).nextBytes(bytes);
        Report r = example().withPictures(List.of(picture("big.png", bytes)));
        byte[] written = encoder.encode(r);
        JsonNode data = new ObjectMapper().readTree(written).get("pictures").get(0).get("data");
        assertThat(data.size()).isEqualTo(4);
        for (JsonNode piece : data) {
            assertThat(piece.textValue().length()).isLessThanOrEqualTo(1024 * 1024);
        }
        Report back = reader.read(written, "big").report();
        assertThat(Base64.getDecoder().decode(back.pictures().get(0).base64())).isEqualTo(bytes);
    }

    @Test
    void aWrongVersion2ValueIsRefusedWithItsPath() {
        assertRefused("\"tags\": [\"a\", 3]", "tags[1]", "expected a string, found");
        assertRefused("\"nearMiss\": \"yes\"", "nearMiss", "expected true or false");
        assertRefused("\"pictures\": [{\"name\": \"../x.png\", \"sha256\": \"" + "0".repeat(64) + "\"}]",
                "pictures[0].name", "picture name");
        assertRefused("\"pictures\": [{\"name\": \"a.png\", \"sha256\": \"" + "0".repeat(64) + "\", \"data\": [\"QQ=\"]}]",
                "pictures[0].data", "Base64");
        assertRefused("\"pictures\": [{\"name\": \"a.png\", \"sha256\": \"xyz\"}]", "pictures[0].sha256", "SHA-256");
        assertRefused("\"comments\": [{\"createdAt\": \"2024-06-10\"}]", "comments[0].createdAt", "instant");
    }

    @Test
    void aFileOfVersion1ThatHoldsAVersion2KeyIsReadAsVersion2() throws Exception {
        String json = "{\"format\":\"postmortem-report\",\"formatVersion\":1,\"tags\":[\"db\"]}";
        Report r = reader.read(json.getBytes(StandardCharsets.UTF_8), "f").report();
        assertThat(r.classification().tags()).containsExactly("db");
        assertThat(r.extras().isEmpty()).isTrue();
        assertThat(new ObjectMapper().readTree(encoder.encode(r)).get("formatVersion").intValue()).isEqualTo(2);
    }

    @Test
    void theVersion2ExampleIsCanonical() throws Exception {
        Path example = Path.of("docs/format/examples/version-2.postmortem.json");
        byte[] original = Files.readAllBytes(example);
        Report r = reader.read(original, example.toString()).report();
        assertThat(r.formatVersion()).isEqualTo(2);
        assertThat(r.usesVersion2()).isTrue();
        assertThat(encoder.encode(r)).isEqualTo(original);
    }

    private void assertRefused(String member, String path, String words) {
        String json = "{\"format\":\"postmortem-report\",\"formatVersion\":2," + member + "}";
        assertThatThrownBy(() -> reader.read(json.getBytes(StandardCharsets.UTF_8), "f.json"))
                .isInstanceOf(ReportFormatException.class)
                .satisfies(e -> {
                    assertThat(((ReportFormatException) e).path()).isEqualTo(path);
                    assertThat(e.getMessage()).contains(words);
                });
    }

    private static Picture picture(String name, byte[] bytes) {
        return new Picture(name, "image/png", RandomVersion2Parts.sha256(bytes), 10, 10,
                Base64.getEncoder().encodeToString(bytes), dev.hindsight.model.Extras.NONE);
    }
}
