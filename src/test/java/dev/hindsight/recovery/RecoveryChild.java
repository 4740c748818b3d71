package dev.hindsight.recovery;

import dev.hindsight.model.Report;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Another running instance for the recovery tests: starts a session in the store
 * {@code STORE}, autosaves an untitled report titled {@code TITLE}, says {@code saved} and
 * waits. A closed standard input is a clean exit; a kill is a crash.
 */
public final class RecoveryChild {
    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(Path.of(args[0]));
        RecoverySession session = store.startSession();
        session.save(session.newDocumentId(), Report.blank().withTitle(args[1]), null, Instant.parse("2026-03-01T10:00:00Z"));
        System.out.println("saved");
        System.out.flush();
        while (System.in.read() >= 0) {
            // running until the parent closes our input (a clean exit) or kills us (a crash)
        }
        session.close();
    }
}
