package dev.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OpenFileEventsTest {
    @Test
    void filesAskedForBeforeTheWindowIsReadyWaitAndLaterOnesGoStraightThrough() {
        OpenFileEvents events = new OpenFileEvents();
        List<List<Path>> opened = new ArrayList<>();
        events.received(List.of(Path.of("/reports/a.postmortem.json")));
        events.received(List.of(Path.of("/reports/b.postmortem.json"), Path.of("/reports/c.postmortem.json")));
        assertThat(opened).isEmpty();
        events.deliverTo(opened::add);
        assertThat(opened).containsExactly(List.of(Path.of("/reports/a.postmortem.json"),
                Path.of("/reports/b.postmortem.json"), Path.of("/reports/c.postmortem.json")));
        events.received(List.of(Path.of("/reports/d.postmortem.json")));
        assertThat(opened).hasSize(2).last().isEqualTo(List.of(Path.of("/reports/d.postmortem.json")));
    }

    /** The JVM's class-loading log of a run of {@link OpenFilesChild} with this system name. */
    private static String classesLoaded(String osName, String... options) throws Exception {
        ProcessBuilder builder = ChildJvm.of(OpenFilesChild.class, List.of(osName), OpenFileEvents.class)
                .redirectErrorStream(true);
        builder.command().add(1, "-verbose:class");
        for (String option : options) {
            builder.command().add(1, option);
        }
        Process child = builder.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void onLinuxAndWindowsNothingIsDoneAndNoAwtClassIsLoaded() throws Exception {
        for (String os : List.of("Linux", "Windows 11")) {
            String out = classesLoaded(os);
            assertThat(out).contains("AWT started: false").doesNotContain("java.awt.");
        }
    }

    @Test
    void onMacTheHandlerIsSetThroughAwtWhereTheSystemSupportsIt() throws Exception {
        // Headless here, so AWT offers no desktop: the check is made, nothing fails, and it is said in the log.
        String out = classesLoaded("Mac OS X", "-Djava.awt.headless=true");
        assertThat(out).contains("AWT started: true", "java.awt.Desktop ");
    }
}
