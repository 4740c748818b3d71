package dev.hindsight.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.model.Report;
import dev.hindsight.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves a report in a loop (SIGKILL, at random moments) and checks after each
 * kill that the file reads and is exactly the last version saved or the one being saved.
 * {@code mvn verify} runs a few dozen kills; {@code scripts/kill-test.sh 500} runs hundreds.
 */
class SaveKillTest {
    private static final int KILLS = Integer.getInteger("hindsight.kills", 24);
    private static final long SEED = Long.getLong("hindsight.kills.seed", System.nanoTime());
    private static final long MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewVersionWhole() throws Exception {
        Path file = dir.resolve("killed.postmortem.json");
        Random random = new Random(SEED);
        ReportReader reader = new ReportReader();
        long next = 1;
        int midSave = 0;
        int newVersionOnDisk = 0;
        int tempsLeft = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = dir.resolve("child-" + kill + ".log");
            Process child = start(file, next, log, List.of());
            awaitFirstSave(child, log);
            LockSupport.parkNanos((long) (random.nextDouble() * MAX_DELAY_NANOS));
            ChildJvm.kill(child);

            Progress progress = Progress.of(log);
            byte[] bytes = Files.readAllBytes(file);
            Report report = reader.read(bytes, file + " after kill " + kill + " (seed " + SEED + ")").report();
            long version = SaveLoop.versionOf(report);
            assertThat(version).as("kill %d (seed %d): the version on disk", kill, SEED)
                    .isIn(progress.done, progress.started);
            assertThat(bytes).as("kill %d: version %d whole, byte for byte", kill, version)
                    .isEqualTo(SaveLoop.bytes(version));
            long temps = tempFiles(file);
            assertThat(temps).as("kill %d: abandoned temporary files do not pile up", kill).isLessThanOrEqualTo(1);

            midSave += progress.started > progress.done ? 1 : 0;
            newVersionOnDisk += progress.started > progress.done && version == progress.started ? 1 : 0;
            tempsLeft += (int) temps;
            next = progress.started + 1;
        }
        Process last = start(file, next, dir.resolve("clean.log"), List.of("1"));
        assertThat(last.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(tempFiles(file)).as("a clean save removes what the last kill left").isZero();
        System.out.printf("SaveKillTest: %d kills (seed %d), %d in the middle of a save (%d of them after the rename),"
                + " %d left a temporary file, versions 1 to %d saved; every file read whole%n",
                KILLS, SEED, midSave, newVersionOnDisk, tempsLeft, next);
    }

    private static Process start(Path file, long first, Path log, List<String> more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(file.toString(), Long.toString(first)));
        args.addAll(more);
        return ChildJvm.of(SaveLoop.class, args, ReportFiles.class, JsonFactory.class, JsonNode.class,
                        JsonAutoDetect.class)
                .redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.resolveSibling("child-errors.log").toFile()))
                .start();
    }

    /** Waits until the child has finished one save, so that the kill falls inside the loop, not the JVM start. */
    private void awaitFirstSave(Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Progress.of(log).done == 0) {
            if (!child.isAlive()) {
                fail("the save loop ended by itself: " + Files.readString(dir.resolve("child-errors.log")));
            }
            if (System.nanoTime() > deadline) {
                ChildJvm.kill(child);
                fail("the save loop did not save within 30 s");
            }
            Thread.sleep(2);
        }
    }

    private static long tempFiles(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> TempFiles.isTempOf(p.getFileName().toString(), file.getFileName().toString()))
                    .count();
        }
    }

    /** The last {@code start N} and {@code done N} a child wrote before it died. */
    private static final class Progress {
        long started;
        long done;

        static Progress of(Path log) throws IOException {
            Progress p = new Progress();
            if (!Files.exists(log)) {
                return p;
            }
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("start ")) {
                    p.started = Long.parseLong(line.substring(6));
                } else if (line.startsWith("done ")) {
                    p.done = Long.parseLong(line.substring(5));
                }
            }
            return p;
        }
    }
}
