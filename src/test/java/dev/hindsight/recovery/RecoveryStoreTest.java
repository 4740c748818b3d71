package dev.hindsight.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.format.FileFingerprint;
import dev.hindsight.format.ReportFiles;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import dev.hindsight.testing.ChildJvm;
import dev.hindsight.testing.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved reports survive a crash, and instances never take each other's. */
class RecoveryStoreTest {
    private static final Instant TYPED = Instant.parse("2026-03-01T09:30:00Z");

    @TempDir
    Path data;

    private RecoveryStore store() {
        return new RecoveryStore(data.resolve("recovery"));
    }

    private static Report draft(String title) {
        return Report.blank().withTitle(title).withRootCause("A config push removed the **primary** pool.");
    }

    /** A session abandoned as by a crash: its lock released without the clean close. */
    private static void crash(RecoverySession session) throws Exception {
        session.closeKeepingCopies();
    }

    private long sessionsOnDisk() throws Exception {
        try (Stream<Path> s = Files.list(store().folder())) {
            return s.count();
        }
    }

    @Test
    void anUnsavedReportIsRecoveredAfterACrashWithItsFileAndTime() throws Exception {
        Path original = Fixtures.copy(Fixtures.EXAMPLE, data);
        FileFingerprint basedOn = new ReportFiles().openTracked(original).fingerprint();
        RecoverySession first = store().startSession();
        String id = first.newDocumentId();
        first.save(id, draft("first words"), original, basedOn, TYPED.minusSeconds(60));
        first.save(id, draft("Database vanished, with more words"), original, basedOn, TYPED);
        crash(first);

        try (RecoverySession next = store().startSession()) {
            List<RecoveredReport> found = next.orphans();
            assertThat(found).hasSize(1);
            RecoveredReport r = found.get(0);
            assertThat(r.title()).isEqualTo("Database vanished, with more words");
            assertThat(r.report()).isEqualTo(draft("Database vanished, with more words"));
            assertThat(r.originalFile()).isEqualTo(original.toAbsolutePath());
            assertThat(r.lastChange()).isEqualTo(TYPED);
            assertThat(r.problem()).isNull();
            assertThat(r.basedOn().sha256()).isEqualTo(basedOn.sha256());
            assertThat(r.basedOn().changedOnDisk(original)).isFalse();
            assertThat(Files.readString(original)).as("the user's own file is never written")
                    .isEqualTo(new String(Fixtures.bytes(Fixtures.EXAMPLE), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theRecoveryCopyIsAReportFileAnyHindsightOpens() throws Exception {
        RecoverySession session = store().startSession();
        session.save(session.newDocumentId(), draft("untitled but typed"), null, TYPED);
        crash(session);
        try (RecoverySession next = store().startSession()) {
            RecoveredReport r = next.orphans().get(0);
            assertThat(r.originalFile()).isNull();
            assertThat(new ReportReader().read(r.recoveryFile()).report()).isEqualTo(draft("untitled but typed"));
        }
    }

    @Test
    void aCleanCloseRemovesTheSessionAndNothingIsOfferedNextTime() throws Exception {
        RecoverySession session = store().startSession();
        session.save(session.newDocumentId(), draft("saved properly later"), null, TYPED);
        session.close();
        assertThat(sessionsOnDisk()).isZero();
        try (RecoverySession next = store().startSession()) {
            assertThat(next.orphans()).isEmpty();
        }
    }

    @Test
    void aDiscardedDocumentIsGoneAndALateAutosaveCannotBringItBack() throws Exception {
        RecoverySession session = store().startSession();
        String id = session.newDocumentId();
        session.save(id, draft("v1"), null, TYPED);
        session.discard(id);
        session.save(id, draft("a late autosave"), null, TYPED);
        assertThat(RecoveryFiles.ids(session.folder())).isEmpty();
        crash(session);
        try (RecoverySession next = store().startSession()) {
            assertThat(next.orphans()).isEmpty();
        }
    }

    @Test
    void aRestoredReportMovesIntoTheNewSessionAndSurvivesASecondCrash() throws Exception {
        RecoverySession first = store().startSession();
        first.save(first.newDocumentId(), draft("crash one"), null, TYPED);
        crash(first);

        RecoverySession second = store().startSession();
        RecoveredReport found = second.orphans().get(0);
        String id = second.claim(found);
        assertThat(RecoveryFiles.ids(second.folder())).containsExactly(id);
        assertThat(sessionsOnDisk()).as("the crashed session is gone once emptied").isEqualTo(1);
        second.save(id, draft("crash one, then more typing"), null, TYPED.plusSeconds(5));
        crash(second);

        try (RecoverySession third = store().startSession()) {
            List<RecoveredReport> again = third.orphans();
            assertThat(again).extracting(RecoveredReport::title).containsExactly("crash one, then more typing");
            third.discard(again.get(0));
            assertThat(third.orphans()).isEmpty();
        }
        assertThat(sessionsOnDisk()).isZero();
    }

    @Test
    void anOrphanCanBeClaimedOrDiscardedOnlyOnce() throws Exception {
        RecoverySession first = store().startSession();
        first.save(first.newDocumentId(), draft("one"), null, TYPED);
        first.save(first.newDocumentId(), draft("two"), null, TYPED.plusSeconds(1));
        crash(first);
        try (RecoverySession next = store().startSession()) {
            List<RecoveredReport> found = next.orphans();
            assertThat(found).extracting(RecoveredReport::title).containsExactly("one", "two");
            next.discard(found.get(0));
            assertThatThrownBy(() -> next.claim(found.get(0))).isInstanceOf(NoSuchFileException.class);
            next.claim(found.get(1));
            assertThat(next.orphans()).isEmpty();
        }
    }

    @Test
    void twoInstancesInOneProcessDoNotSeeEachOthersLiveSessions() throws Exception {
        try (RecoverySession a = store().startSession(); RecoverySession b = store().startSession()) {
            a.save(a.newDocumentId(), draft("a's"), null, TYPED);
            b.save(b.newDocumentId(), draft("b's"), null, TYPED);
            assertThat(a.orphans()).isEmpty();
            assertThat(b.orphans()).isEmpty();
            assertThat(RecoveryFiles.ids(a.folder())).hasSize(1);
            assertThat(RecoveryFiles.ids(b.folder())).hasSize(1);
        }
    }

    @Test
    void aSecondRunningInstanceNeitherStealsNorDeletesAndAKilledOnesReportIsRecovered() throws Exception {
        Process live = startChild("the live one's draft");
        Process crashed = startChild("the killed one's draft");
        try {
            ChildJvm.kill(crashed);
            try (RecoverySession mine = store().startSession()) {
                List<RecoveredReport> found = mine.orphans();
                assertThat(found).extracting(RecoveredReport::title).containsExactly("the killed one's draft");
                mine.claim(found.get(0));
            }
            assertThat(sessionsOnDisk()).as("only the live instance's session is left").isEqualTo(1);
        } finally {
            live.getOutputStream().close();
            assertThat(live.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(live.exitValue()).isZero();
        assertThat(sessionsOnDisk()).as("the live one closed cleanly").isZero();
    }

    @Test
    void anUnreadableCopyIsOfferedWithItsProblemNotHiddenAndCanBeDiscarded() throws Exception {
        RecoverySession session = store().startSession();
        String id = session.newDocumentId();
        session.save(id, draft("soon damaged"), null, TYPED);
        Files.writeString(RecoveryFiles.report(session.folder(), id), "{\"format\": \"postmortem-rep");
        crash(session);
        try (RecoverySession next = store().startSession()) {
            RecoveredReport r = next.orphans().get(0);
            assertThat(r.report()).isNull();
            assertThat(r.problem()).contains("truncated");
            assertThat(r.lastChange()).isEqualTo(TYPED);
            next.discard(r);
        }
        assertThat(sessionsOnDisk()).isZero();
    }

    @DisabledOnOs(value = WINDOWS, disabledReason = "POSIX permissions")
    @Test
    void theRecoveryFolderIsPrivateToItsOwner() throws Exception {
        try (RecoverySession session = store().startSession()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store().folder())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session.folder())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void documentIdsCannotEscapeTheSessionFolder() throws Exception {
        try (RecoverySession session = store().startSession()) {
            assertThatThrownBy(() -> session.save("../../evil", draft("x"), null, TYPED))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEmptyNewSessionMayBeAStartingInstanceAndIsLeftAloneAnOldOneIsRemoved() throws Exception {
        try (RecoverySession mine = store().startSession()) {
            Path starting = Files.createDirectory(store().folder().resolve("session-starting"));
            Path old = Files.createDirectory(store().folder().resolve("session-crashed-empty"));
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(TYPED));
            assertThat(mine.orphans()).isEmpty();
            assertThat(old).doesNotExist();
            assertThat(starting).isDirectory();
            try (SessionLock lock = SessionLock.tryAcquire(starting)) {
                assertThat(lock).as("the starting instance can still lock its folder").isNotNull();
            }
        }
    }

    private Process startChild(String title) throws Exception {
        Process child = ChildJvm.of(RecoveryChild.class, List.of(store().folder().toString(), title),
                ReportFiles.class, JsonFactory.class, JsonNode.class, JsonAutoDetect.class).start();
        String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"saved".equals(line)) {
            child.destroyForcibly();
            throw new AssertionError("the child instance did not autosave: " + line + " "
                    + new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return child;
    }
}
