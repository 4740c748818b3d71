package dev.hindsight.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the index of a library lives: one folder per library folder under the cache folder,
 * named by a hash of the library's real path, with a note saying which folder it indexes.
 */
final class CacheFolders {
    /** The note in each index folder saying which library folder it indexes. */
    static final String NOTE = "folder.txt";
    private CacheFolders() {
    }

    static Path of(Path cacheRoot, Path libraryFolder) throws IOException {
        String real = libraryFolder.toRealPath().toString();
        String name = FileStamp.sha256(real.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
        Path folder = cacheRoot.resolve("library").resolve(name);
        Files.createDirectories(folder);
        Path note = folder.resolve(NOTE);
        if (!Files.exists(note)) {
            Files.writeString(note, real + "\n", StandardCharsets.UTF_8);
        }
        return folder;
    }
}
