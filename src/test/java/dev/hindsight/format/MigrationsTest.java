package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    private static Migration step(int from, List<String> log) {
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void apply(ObjectNode root) {
                log.add(from + "->" + (from + 1));
                if (from == 1) {
                    root.put("title", root.path("headline").asText());
                    root.remove("headline");
                }
            }
        };
    }

    @Test
    void theChainRunsEveryStepInOrderBeforeDecoding() throws Exception {
        List<String> log = new ArrayList<>();
        Migrations chain = new Migrations(List.of(step(2, log), step(1, log)), 3);
        ReportReader reader = new ReportReader(FormatLimits.DEFAULT, chain);
        byte[] v1 = "{\"format\":\"postmortem-report\",\"formatVersion\":1,\"headline\":\"Old name\"}"
                .getBytes(StandardCharsets.UTF_8);
        ReadResult result = reader.read(v1, "v1.json");
        assertThat(log).containsExactly("1->2", "2->3");
        assertThat(result.report().title()).isEqualTo("Old name");
        assertThat(result.report().formatVersion()).isEqualTo(3);
        assertThat(result.report().extras().isEmpty()).isTrue();
    }

    @Test
    void versionTwoOnlyAddedKeysSoAVersionOneFileNeedsNoStepAndKeepsItsVersion() throws Exception {
        assertThat(Report.FORMAT_VERSION).isEqualTo(2);
        assertThat(Migrations.CURRENT.target()).isEqualTo(1);
        byte[] v1 = "{\"format\":\"postmortem-report\",\"formatVersion\":1,\"title\":\"Old\"}"
                .getBytes(StandardCharsets.UTF_8);
        ReadResult result = new ReportReader().read(v1, "v1.json");
        assertThat(result.report().formatVersion()).isEqualTo(1);
        assertThat(result.warnings()).isEmpty();
    }
}
