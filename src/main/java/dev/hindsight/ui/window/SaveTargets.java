package dev.hindsight.ui.window;

import dev.hindsight.ui.dialogs.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Where a save or an export goes. The platform's save dialog asks before replacing the file
 * the user named; when the application then adds the extension ({@code db} becomes
 * {@code db.postmortem.json}) it names another file, which that dialog never asked about:
 * if it exists, this asks, and offers the save dialog again when the answer is no.
 */
public final class SaveTargets {
    private SaveTargets() {
    }

    /**
     * @param chooser       shows the save dialog in a folder with a suggested name; empty when cancelled
     * @param withExtension the file the chosen name stands for
     */
    public static Optional<Path> choose(DialogService dialogs, Path folder, String suggested,
                                        BiFunction<Path, String, Optional<Path>> chooser,
                                        UnaryOperator<Path> withExtension) {
        Path inFolder = folder;
        String name = suggested;
        while (true) {
            Optional<Path> chosen = chooser.apply(inFolder, name);
            if (chosen.isEmpty()) {
                return chosen;
            }
            Path target = withExtension.apply(chosen.get());
            if (target.equals(chosen.get()) || !Files.exists(target) || dialogs.confirmReplace(target)) {
                return Optional.of(target);
            }
            inFolder = target.toAbsolutePath().getParent();
            name = target.getFileName().toString();
        }
    }
}
