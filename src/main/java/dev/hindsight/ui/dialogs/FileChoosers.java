package dev.hindsight.ui.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * The platform's file and folder choosers of one window: each with its title, the kinds of file it
 * offers (the first one selected, "All files" last) and the folder it opens in when that exists.
 */
final class FileChoosers {
    static final ExtensionFilter REPORTS =
            new ExtensionFilter("Postmortem reports (*.postmortem.json, *.json)", "*.postmortem.json", "*.json");
    static final ExtensionFilter ALL = new ExtensionFilter("All files", "*");

    private final Window owner;

    FileChoosers(Window owner) {
        this.owner = owner;
    }

    Optional<Path> open(String title, Path folder, ExtensionFilter kinds) {
        return path(chooser(title, folder, kinds).showOpenDialog(owner));
    }

    Optional<List<Path>> openMany(String title, Path folder, ExtensionFilter kinds) {
        List<File> chosen = chooser(title, folder, kinds).showOpenMultipleDialog(owner);
        return chosen == null || chosen.isEmpty() ? Optional.empty()
                : Optional.of(chosen.stream().map(File::toPath).toList());
    }

    /**
     * A save chooser with {@code kinds} selected: dialogs that add the extension themselves (Windows,
     * macOS) then ask about the whole name; the application asks when it adds the extension.
     */
    Optional<Path> save(String title, Path folder, String suggestedName, ExtensionFilter kinds) {
        FileChooser chooser = chooser(title, folder, kinds);
        chooser.setSelectedExtensionFilter(kinds);
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner));
    }

    Optional<Path> folder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return path(chooser.showDialog(owner));
    }

    private static FileChooser chooser(String title, Path folder, ExtensionFilter kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(kinds, ALL);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
