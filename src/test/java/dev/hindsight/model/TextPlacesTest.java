package dev.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.format.RandomReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prose places of a report: their paths find them again, and setting them changes only them. */
class TextPlacesTest {
    @Test
    void everyPlaceIsFoundAgainByItsPathAndSetByIt() {
        for (long seed = 0; seed < 50; seed++) {
            Report report = withFactors(new RandomReports(seed).next());
            List<TextPlace> places = TextPlaces.of(report);
            assertThat(places).hasSize(7 + report.timeline().size() + 2 * report.measures().actionItems().size()
                    + report.classification().contributingFactors().size());
            Map<String, String> changed = new LinkedHashMap<>();
            for (TextPlace p : places) {
                assertThat(TextPlaces.at(report, p.path())).contains(p);
                changed.put(p.path(), p.path() + "!");
            }
            Report after = TextPlaces.withTexts(report, changed);
            for (TextPlace p : TextPlaces.of(after)) {
                assertThat(p.text()).isEqualTo(p.path() + "!");
            }
            Map<String, String> back = new LinkedHashMap<>();
            places.forEach(p -> back.put(p.path(), p.text()));
            assertThat(TextPlaces.withTexts(after, back)).isEqualTo(report);
        }
    }

    @Test
    void pathsThatAreNotProsePlacesAreIgnored() {
        Report report = Report.blank().withTitle("t");
        for (String path : List.of("timeline[0].text", "timeline[0].at", "measures.actionItems[0].owner", "incidentId",
                "title.x", "timeline[-1].text", "timeline[99999999999].text", "")) {
            assertThat(TextPlaces.at(report, path)).as(path).isEmpty();
            assertThat(TextPlaces.withTexts(report, Map.of(path, "x"))).isEqualTo(report);
        }
    }

    private static Report withFactors(Report r) {
        return r.withClassification(r.classification().withContributingFactors(List.of(
                new ContributingFactor("change", "A **risky** change"), new ContributingFactor("process", ""))));
    }
}
