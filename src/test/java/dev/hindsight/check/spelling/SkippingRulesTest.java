package dev.hindsight.check.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.check.Finding;
import dev.hindsight.model.TextPlace;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the spelling rule leaves alone because it is not prose, each shown with a made-up word
 * ("{@code W}" in the templates) that would be flagged as plain prose: the same word is flagged in a
 * sentence and left alone in the construct.
 */
class SkippingRulesTest {
    /** Without suggestions: made-up words have none worth the time. */
    private static final SpellingChecker SPELL = new SpellingChecker(
            SpellingDictionary.get(SpellingDictionary.Variant.EN_US), WordList.technical(), PersonalDictionary.none(), false);

    /** Words no dictionary has, made from a seed: each template is tried with several. */
    private static List<String> junk(long seed) {
        Random r = new Random(seed);
        String consonants = "bcdfghjklmnpqrstvwxz";
        String vowels = "aeiou";
        List<String> out = new java.util.ArrayList<>();
        while (out.size() < 6) {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < 3 + r.nextInt(3); i++) {
                w.append(consonants.charAt(r.nextInt(consonants.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
            }
            w.append(consonants.charAt(r.nextInt(consonants.length())));
            if (!SPELL.isKnown(w.toString())) {
                out.add(w.toString());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "see https://status.example.com/W/incidents for details",
        "at http://W.example.org:8080/a?b=c#d it failed",
        "open www.W.com now",
        "mail W@example.com or ops-W@corp.example.co.uk",
        "the file /var/log/W/error.log filled up",
        "under ~/W/config and ./W/run.sh and ../W/x",
        "C:\\Program Files\\W\\app.exe crashed",
        "paths such as services/W/handlers were touched",
        "in conf/W.yaml the limit",
        "the W.conf file",
        "version W1.2.3 shipped, then vW2",
        "hosts W01 and W-02 and 10.0.0.W3",
        "identifiers W_id and max_W were null",
        "calls like getWThing and WThing failed",
        "the class WServiceImpl threw",
        "flags --W-mode and -W were set",
        "with W=on in the environment",
        "called W() twice",
        "the C++ type std::W leaked",
        "tagged #W and @W in chat",
        "paid $W and saw %W in logs",
        "entity &W; in HTML",
        "e.g. W.example and W.Net",
        "latency 500W and 10Wx",
    })
    void constructsThatAreNotProseAreSkipped(String template) {
        for (String w : junk(template.hashCode())) {
            String text = template.replace("W", w);
            assertThat(Spell.flagged(SPELL, Spell.block(text))).as(text).isEmpty();
            assertThat(Spell.flagged(SPELL, Spell.block("We saw " + w + " today."))).as(w).containsExactly(w);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "run `W --force` on the host",
        "``code with ` and W``",
        "```\nW W W\n```",
        "~~~ bash\nW\n~~~",
        "    W indented code\n",
        "<W-tag attr=\"W\">",
        "<div>\nW\n</div>",
        "[the dashboard](https://example.com/W)",
        "![chart](picture:W.png)",
        "[ref]: https://example.com/W",
    })
    void markdownCodeHtmlAndTargetsAreSkippedInBlockFields(String template) {
        for (String w : junk(template.hashCode())) {
            String text = template.replace("W", w);
            assertThat(Spell.flagged(SPELL, Spell.block(text))).as(text).isEmpty();
        }
    }

    @Test
    void inlineFieldsSkipCodeSpansButReadLinkText() {
        String w = junk(1).get(0);
        assertThat(Spell.flagged(SPELL, Spell.inline("ran `" + w + "` and [" + w + "](https://x.example/" + w + ")")))
                .containsExactly(w);
    }

    @Test
    void plainTitleIsReadAsWritten() {
        String w = junk(2).get(0);
        assertThat(Spell.flagged(SPELL, Spell.plain("Outage of `" + w + "`"))).containsExactly(w);
    }

    @Test
    void shapesOfNamesAndNumbersAreSkipped() {
        String text = "p50 p99 4xx 5XX 500ms 10GB 3x 2Gi 0x1F deadbeef1 SLA SLOs APIs OOM DNS TTLs PagerDuty gRPC "
                + "iOS eBPF McAfee kube_proxy a b x";
        assertThat(Spell.flagged(SPELL, Spell.block(text))).isEmpty();
    }

    @Test
    void otherScriptsAreSkipped() {
        assertThat(Spell.flagged(SPELL, Spell.block("Сервер упал, 服务中断, انقطاع الخدمة, שרת, Ωμέγα"))).isEmpty();
    }

    @Test
    void contractionsAndPossessivesAreCheckedWithoutTheirEnding() {
        assertThat(Spell.flagged(SPELL, Spell.block(
                "don't can't it's we're they've engineer's engineers' Redis's Kubernetes' o'clock "
                        + "don\u2019t engineer\u2019s \u2018quoted\u2019 'quoted' \"quoted\""))).isEmpty();
        List<Finding> found = SPELL.checkText(Spell.block("the enginer's laptop and teh\u2019s"));
        assertThat(found).extracting(Finding::text).containsExactly("enginer", "teh");
        assertThat(found.get(0).start()).isEqualTo(4);
        assertThat(found.get(0).end()).isEqualTo(11);
    }

    @Test
    void hyphenatedWordsAreRightWhenEachPartIs() {
        assertThat(Spell.flagged(SPELL, Spell.block("self-healing read-only on-call post-incident follow-up")))
                .isEmpty();
        List<Finding> found = Spell.us().checkText(Spell.block("a self-helaing cache"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("helaing");
            assertThat(f.start()).isEqualTo(7);
            assertThat(f.suggestions()).contains("healing");
        });
    }

    @Test
    void markdownMarkersAroundWordsDoNotHideThem() {
        assertThat(Spell.flagged(SPELL, Spell.block("**Teh** _definately_ ~mesage~ (recieve) \"untill\"")))
                .containsExactly("Teh", "definately", "mesage", "recieve", "untill");
    }

    @Test
    void offsetsPointAtTheWordInTheFieldsText() {
        String text = "# Heading\r\n\r\nSome `code` then **teh** word and [a lnik](https://x.y).\n\n| col | teh |\n|---|---|\n| celll | x |";
        for (TextPlace place : List.of(Spell.block(text))) {
            for (Finding f : SPELL.checkText(place)) {
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
            }
            assertThat(Spell.flagged(SPELL, place)).containsExactly("teh", "lnik", "teh", "celll");
        }
    }
}
