package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The format's first promise, over generated files: whatever known keys are missing and
 * whatever unknown keys are present, at every level and in every format version, each unknown
 * key and value survives read, encode and read again, and encoding is idempotent.
 */
class UnknownKeysPropertyTest {
    private final ReportReader reader = new ReportReader();
    private final ReportEncoder encoder = new ReportEncoder();

    @Test
    void everyUnknownMemberSurvivesReadEncodeRead() throws Exception {
        RandomReportTrees trees = new RandomReportTrees(20_240_611L);
        int withUnknown = 0;
        for (int i = 0; i < 3_000; i++) {
            RandomReportTrees.Generated file = trees.next();
            String name = "generated-" + i + ".json";
            Report first = reader.read(file.bytes(), name).report();
            Map<String, List<Map.Entry<String, JsonNode>>> expected = expected(file);
            assertThat(unknownMembers(first)).as("%s, read from%n%s", name, text(file)).isEqualTo(expected);

            byte[] encoded = encoder.encode(first);
            Report second = reader.read(encoded, name + " (encoded)").report();
            assertThat(second).as("%s read back", name).isEqualTo(first);
            assertThat(unknownMembers(second)).as(name).isEqualTo(expected);
            assertThat(second.formatVersion()).isEqualTo(file.formatVersion());
            assertThat(new String(encoder.encode(second), StandardCharsets.UTF_8)).as("%s encoded twice", name)
                    .isEqualTo(new String(encoded, StandardCharsets.UTF_8));
            withUnknown += file.unknown().values().stream().anyMatch(m -> !m.isEmpty()) ? 1 : 0;
        }
        assertThat(withUnknown).as("files with unknown members").isGreaterThan(2_000);
    }

    @Test
    void theCaseOfTheIssueKeepsItsUnknownKey() throws Exception {
        byte[] bytes = ("{\"format\":\"postmortem-report\",\"formatVersion\":2,"
                + "\"timeline\":[{\"at\":null,\"kind\":\"note\",\"x\":1}]}").getBytes(StandardCharsets.UTF_8);
        Report read = reader.read(bytes, "issue.json").report();
        assertThat(read.timeline().get(0).extras().members()).containsOnlyKeys("x");
        assertThat(new String(encoder.encode(read), StandardCharsets.UTF_8)).contains("\"x\": 1");
    }

    /** What the generator put in, in order; a missing summary or measures reads as one without unknown members. */
    private static Map<String, List<Map.Entry<String, JsonNode>>> expected(RandomReportTrees.Generated file) {
        Map<String, List<Map.Entry<String, JsonNode>>> out = new LinkedHashMap<>();
        file.unknown().forEach((path, members) -> out.put(path, new ArrayList<>(members.entrySet())));
        out.putIfAbsent("summary", List.of());
        out.putIfAbsent("measures", List.of());
        return out;
    }

    /** Per object path, the unknown members the report holds, in order. */
    private static Map<String, List<Map.Entry<String, JsonNode>>> unknownMembers(Report r) {
        Map<String, List<Map.Entry<String, JsonNode>>> out = new LinkedHashMap<>();
        out.put("", members(r.extras()));
        out.put("summary", members(r.summary().extras()));
        for (int i = 0; i < r.timeline().size(); i++) {
            out.put("timeline[" + i + "]", members(r.timeline().get(i).extras()));
        }
        out.put("measures", members(r.measures().extras()));
        List<ActionItem> items = r.measures().actionItems();
        for (int i = 0; i < items.size(); i++) {
            out.put("measures.actionItems[" + i + "]", members(items.get(i).extras()));
        }
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> members(Extras extras) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        extras.members().forEach((k, v) -> out.add(Map.entry(k, (JsonNode) v)));
        return out;
    }

    private static String text(RandomReportTrees.Generated file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }
}
