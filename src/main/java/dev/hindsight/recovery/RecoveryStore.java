package dev.hindsight.recovery;

import dev.hindsight.platform.AppDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The recovery folder: one session folder per running instance, holding autosaved copies of
 * its unsaved reports. Reports may be confidential, so the folder is readable by its owner only.
 */
public final class RecoveryStore {
    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The store in this user's application-data folder ({@link AppDirs#data()}), {@code recovery/}. */
    public static RecoveryStore atDefaultLocation() {
        return new RecoveryStore(AppDirs.current().data().resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Starts the session of this instance: call once at start-up, then look for {@link RecoverySession#orphans()}. */
    public RecoverySession startSession() throws IOException {
        createPrivate(folder);
        return RecoverySession.start(this);
    }

    static void createPrivate(Path dir) throws IOException {
        Files.createDirectories(dir);
        PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rwx------"));
        }
    }
}
