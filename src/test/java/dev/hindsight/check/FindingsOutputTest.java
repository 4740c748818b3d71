package dev.hindsight.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsOutputTest {
    private static final String ROOT_CAUSE = "A junior developer accidentally ran the command.";
    private final Finding words = Finding.inText("blameless", FindingSeverity.WARNING, "rootCause", ROOT_CAUSE, 2, 18,
            "names a person as the cause", List.of("a change", "the command"));
    private final Finding missing = Finding.at("completeness", FindingSeverity.ERROR, "summary.startedAt",
            "the outage has no start time");

    @Test
    void textIsOneLinePerFindingWithFileAndPlace() {
        StringWriter out = new StringWriter();
        FindingsOutput.text(List.of(new FindingsOutput.FileFinding("a.postmortem.json", words),
                new FindingsOutput.FileFinding("a.postmortem.json", missing)), new PrintWriter(out));
        assertThat(out.toString().split("\n")).containsExactly(
                "a.postmortem.json: rootCause \"junior developer\" (2–18): blameless: names a person as the cause "
                        + "(suggestions: a change, the command)",
                "a.postmortem.json: summary.startedAt: completeness: the outage has no start time");
    }

    @Test
    void jsonIsOneDocumentWithTheSharedShape() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FindingsOutput.json(List.of(new FindingsOutput.FileFinding("a.json", words),
                new FindingsOutput.FileFinding("a.json", missing)), out);
        JsonNode doc = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode first = doc.get("findings").get(0);
        assertThat(first.get("text").textValue()).isEqualTo("junior developer");
        assertThat(ROOT_CAUSE.substring(first.get("start").intValue(), first.get("end").intValue()))
                .isEqualTo("junior developer");
        assertThat(first.get("severity").textValue()).isEqualTo("warning");
        assertThat(first.get("suggestions")).hasSize(2);
        JsonNode second = doc.get("findings").get(1);
        assertThat(second.get("start").isNull()).isTrue();
        assertThat(second.get("path").textValue()).isEqualTo("summary.startedAt");
        assertThat(doc.fieldNames()).toIterable().containsExactly("findings");
    }

    @Test
    void aDismissalSilencesOnlyTheSameRulePathAndWords() {
        Report report = Report.blank().withReview(Review.EMPTY.withDismissed(List.of(
                new Dismissal("blameless", "rootCause", "junior developer"))));
        Finding elsewhere = Finding.inText("blameless", FindingSeverity.WARNING, "resolution", ROOT_CAUSE, 2, 18,
                "m", List.of());
        assertThat(Dismissals.remaining(report, List.of(words, missing, elsewhere))).containsExactly(missing, elsewhere);
    }

    @Test
    void offsetsAreBothSetOrBothAbsent() {
        assertThatThrownBy(() -> new Finding("r", FindingSeverity.INFO, "p", "", 3, -1, "m", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
