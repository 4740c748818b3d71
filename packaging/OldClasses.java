import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Raises the classes of the application image's jars that are older than Java 6 (class file version
 * below 50, like picocli's and commons-math3's, compiled for Java 5) to version {@value #TARGET}, with
 * stack maps generated, so that JDK 25's ahead-of-time cache can hold them loaded and linked
 * (decision 0036): it refuses old classes ("Unlinked class not supported by AOTClassLinking"), and
 * the command line then loads all of picocli from its jar on every run.
 *
 * <p>Needs JDK 24 or later ({@code java.lang.classfile}); {@code packaging/Dist.java} runs it as a
 * separate {@code java} process so that Dist itself still compiles on JDK 17. Each jar is rewritten
 * into a new file, then every rewritten class is loaded and linked (verified) both from the
 * original and from the new jar, with the folder's other jars beside it; the new jar replaces the
 * original only if every class ends the same way in both. Otherwise, or if a jar is signed, the
 * original stays and a line says why. A class whose stack maps cannot be generated (a {@code jsr},
 * a type the folder's jars do not have) stays as it was, and the line names it.
 *
 * <p>Usage: {@code java packaging/OldClasses.java FOLDER_OF_JARS}. Exit 0 unless the folder cannot
 * be read; a jar left as it was is not an error.
 */
public final class OldClasses {
    /**
     * The version rewritten classes get: Java 7's, the lowest whose verifier demands stack maps and
     * never falls back to the old type-inferring verifier (50 does, silently), so a wrong stack map
     * is a VerifyError here rather than a class the cache leaves out. Higher versions only add
     * rules (interface methods, nest mates) that code compiled for Java 5 has no use for.
     */
    static final int TARGET = 51;
    /** The first version the AOT cache links ahead of time: classes below it are the old ones. */
    static final int FIRST_LINKED = 50;

    private OldClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java OldClasses.java FOLDER_OF_JARS");
            System.exit(2);
        }
        for (String line : rewriteFolder(Path.of(args[0]))) {
            System.out.println("dist: old classes: " + line);
        }
    }

    /** Rewrites every jar of {@code folder} that has old classes; one line per such jar. */
    static List<String> rewriteFolder(Path folder) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        List<String> lines = new ArrayList<>();
        for (Path jar : jars) {
            String line = rewriteJar(jar, jars);
            if (line != null) {
                lines.add(jar.getFileName() + ": " + line);
            }
        }
        return lines;
    }

    /**
     * Rewrites {@code jar}'s old classes in place when the result loads and links as the original
     * does; {@code classPath} is every jar of the image (for the class hierarchy and the check).
     * What happened, or null when the jar has no old classes.
     */
    static String rewriteJar(Path jar, List<Path> classPath) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewritten");
        try {
            Rewrite rewrite;
            try (URLClassLoader hierarchy = loader(classPath, jar, jar)) {
                rewrite = write(jar, rewritten, hierarchy);
            }
            if (rewrite.raised.isEmpty() && rewrite.kept.isEmpty()) {
                return null;
            }
            String kept = rewrite.kept.isEmpty() ? "" : String.format(Locale.ROOT, "; %d kept as they were: %s",
                    rewrite.kept.size(), String.join(", ", rewrite.kept));
            if (rewrite.signed) {
                return String.format(Locale.ROOT, "%d old classes, but the jar is signed: left as it was", rewrite.raised.size());
            }
            if (rewrite.raised.isEmpty()) {
                return "no class could be rewritten" + kept + ": left as it was";
            }
            String different = differences(jar, rewritten, classPath, rewrite.raised);
            if (different != null) {
                return String.format(Locale.ROOT, "the rewritten classes do not load as the original ones (%s): left as it was",
                        different);
            }
            Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
            return String.format(Locale.ROOT, "%d classes raised to version %d with stack maps, each loads and links as before%s",
                    rewrite.raised.size(), TARGET, kept);
        } catch (IOException | RuntimeException e) {
            return "could not be rewritten (" + e + "): left as it was";
        } finally {
            Files.deleteIfExists(rewritten);
        }
    }

    /** What {@link #write} did: the classes raised, those left old (with why), whether the jar is signed. */
    record Rewrite(List<String> raised, List<String> kept, boolean signed) {
    }

    /** Copies {@code jar} to {@code to}, every class older than version 50 rewritten. */
    static Rewrite write(Path jar, Path to, ClassLoader hierarchy) throws IOException {
        ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                        .orElse(ClassHierarchyResolver.ofResourceParsing(hierarchy))));
        ClassTransform raise = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                .andThen(ClassTransform.endHandler(builder -> builder.withVersion(TARGET, 0)));
        List<String> raised = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        boolean signed = false;
        try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String name = entry.getName();
                signed |= name.startsWith("META-INF/") && name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");
                if (name.endsWith(".class") && majorVersion(bytes) < FIRST_LINKED) {
                    try {
                        bytes = classFile.transformClass(classFile.parse(bytes), raise);
                        raised.add(className(name));
                    } catch (RuntimeException e) {
                        kept.add(className(name) + " (" + e.getMessage() + ")");
                    }
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return new Rewrite(raised, kept, signed);
    }

    /** A class file's major version; 0 for bytes that are not a class file. */
    static int majorVersion(byte[] bytes) {
        boolean classFile = bytes.length >= 8 && (bytes[0] & 0xff) == 0xca && (bytes[1] & 0xff) == 0xfe
                && (bytes[2] & 0xff) == 0xba && (bytes[3] & 0xff) == 0xbe;
        return classFile ? ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff) : 0;
    }

    static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    /**
     * Loads and links each of {@code classes} from the original jar and from the rewritten one, each
     * time with the rest of {@code classPath}; the first class that ends differently, or null. A
     * class that fails the same way from both (a library it refers to is not in the image) counts
     * as the same.
     */
    static String differences(Path original, Path rewritten, List<Path> classPath, List<String> classes)
            throws IOException {
        try (URLClassLoader before = loader(classPath, original, original);
                URLClassLoader after = loader(classPath, original, rewritten)) {
            Map<String, String> was = outcomes(before, classes);
            Map<String, String> is = outcomes(after, classes);
            for (String name : classes) {
                if (!Objects.equals(was.get(name), is.get(name))) {
                    return name + ": " + is.get(name) + ", was " + was.get(name);
                }
            }
            return null;
        }
    }

    /**
     * Each class's fate: "linked", or the error that stopped it. {@code getDeclaredMethods} links the
     * class (HotSpot verifies it there) without running its static initialiser.
     */
    static Map<String, String> outcomes(ClassLoader loader, List<String> classes) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String name : classes) {
            String outcome;
            try {
                Class.forName(name, false, loader).getDeclaredMethods();
                outcome = "linked";
            } catch (ClassNotFoundException | LinkageError e) {
                outcome = e.getClass().getName();
            }
            outcomes.put(name, outcome);
        }
        return outcomes;
    }

    /** A loader over {@code classPath} with {@code jar} replaced by {@code instead}. */
    static URLClassLoader loader(List<Path> classPath, Path jar, Path instead) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            urls.add((entry.equals(jar) ? instead : entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
