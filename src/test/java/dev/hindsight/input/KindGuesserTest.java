package dev.hindsight.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindGuesserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        PagerDuty alert fired for checkout latency            | detection
        Customers reported 502s on Twitter                    | detection
        Noticed a spike in the error rate                     | detection
        Alice acknowledged the page                           | response
        On-call joined the bridge                             | response
        Escalated to the database team                        | escalation
        Looped in the network on-call                         | escalation
        Rolled back release 4.2                               | mitigation
        Failed over to the secondary region                   | mitigation
        Restarted the API pods                                | mitigation
        Began restoring the database from the latest backup   | mitigation
        Investigating the connection pool                     | investigation
        Found a bad config push at 10:58                      | investigation
        Suspected the CDN, ruled out                          | misleading
        Red herring: the DNS change                           | misleading
        Declared the incident resolved                        | resolution
        All clear, error rates back to normal                 | resolution
        Lunch                                                 | note
        Wrote the status page update                          | note
        """)
    void guessesFromTheWords(String text, String kind) {
        assertThat(KindGuesser.guess(text).code()).isEqualTo(kind);
    }
}
