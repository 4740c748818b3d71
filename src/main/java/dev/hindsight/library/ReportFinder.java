package dev.hindsight.library;

import dev.hindsight.format.IoMessages;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the reports of a folder: every {@code *.postmortem.json} under it, recursively,
 * skipping hidden folders and files (a name starting with a dot: {@code .git}, editors' lock
 * files). Links are followed, loops are not. A folder that cannot be read is a refusal, never
 * the end of the walk.
 */
public final class ReportFinder {
    public static final String SUFFIX = ".postmortem.json";

    private ReportFinder() {
    }

    /** What was found under one root, in path order, and what could not be looked at. */
    public record Found(List<FoundFile> files, List<Refusal> refused) {
    }

    /** The report files of a folder. */
    public static Found inFolder(Path root) {
        List<FoundFile> files = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (name.endsWith(SUFFIX) && !name.startsWith(".") && !attrs.isDirectory()) {
                                files.add(new FoundFile(root, file, key(root, file), attrs));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A link back to a folder above is simply not followed again.
                            String name = file.getFileName() == null ? "" : file.getFileName().toString();
                            if (!(e instanceof FileSystemLoopException) && !name.startsWith(".")
                                    && (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) || name.endsWith(SUFFIX)
                                    || file.equals(root))) {
                                refused.add(new Refusal(file, "could not be read: " + IoMessages.describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            refused.add(new Refusal(root, "could not be read: " + IoMessages.describe(e)));
        }
        files.sort(Comparator.comparing(FoundFile::key));
        return new Found(files, refused);
    }

    private static boolean isHidden(Path dir) {
        Path name = dir.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(dir);
        } catch (IOException e) {
            return false;
        }
    }

    static String key(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
