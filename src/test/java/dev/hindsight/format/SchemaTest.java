package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hindsight.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema in docs/ and the reader agree on the example files. */
class SchemaTest {
    private static final Path DOCS = Path.of("docs/format");
    private static final Schema SCHEMA = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema load() {
        try (InputStream in = Files.newInputStream(DOCS.resolve("report-format.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> examples() throws IOException {
        List<Path> docs;
        try (Stream<Path> files = Files.list(DOCS.resolve("examples"))) {
            docs = files.sorted().toList();
        }
        return Stream.concat(docs.stream(), Stream.of(Fixtures.EXAMPLE, "odd/unknown-everywhere.json",
                "odd/newer-version.json", "odd/minimal.json", "odd/interleaved-unknown.json").map(Fixtures::path));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplesAreValidForTheSchemaAndTheReader(Path file) throws Exception {
        List<Error> errors = SCHEMA.validate(JSON.readTree(file.toFile()));
        assertThat(errors).as(file.toString()).isEmpty();
        assertThat(new ReportReader().read(file).report()).isNotNull();
    }

    @Test
    void theDocsExampleIsTheSpecExample() throws Exception {
        assertThat(Files.readAllBytes(DOCS.resolve("examples/database-vanished.postmortem.json")))
                .isEqualTo(Fixtures.bytes(Fixtures.EXAMPLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-type-title.json", "wrong-format.json", "missing-version.json", "bad-instant.json",
        "instant-without-offset.json", "percent-out-of-range.json", "severity-number.json", "wrong-type-authors.json",
        "entry-not-object.json", "version-zero.json"})
    void theSchemaRefusesWhatTheReaderRefuses(String name) throws Exception {
        JsonNode tree = JSON.readTree(Fixtures.path("broken/" + name).toFile());
        assertThat(SCHEMA.validate(tree)).as(name).isNotEmpty();
    }
}
