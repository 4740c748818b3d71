import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds Hindsight's application image and installers on the platform it runs on: a jlink'd
 * runtime with JavaFX inside, the jpackage image, on Linux the window's recorded AOT configuration
 * (its cache is made at install time), then .deb/.rpm, .msi or .dmg. Run by
 * {@code mvn -Pdist package} (docs/packaging.md).
 * Usage: java packaging/Dist.java VERSION [installers=true|false]
 */
public final class Dist {
    /**
     * What the app needs from the JDK (jdeps --print-module-deps), plus JavaFX's controls, and
     * java.logging, which the log needs and jdeps leaves out because java.sql requires it.
     */
    static final String MODULES = "java.base,java.desktop,java.logging,java.management,java.sql,javafx.controls";
    /**
     * Options baked into the runtime, so the launcher, the CDS dumps and a plain bin/java agree.
     * Native access: JavaFX (a module) and Lucene (on the class path, memory-mapping the library's
     * search index), each of which JDK 24+ otherwise warns about on the terminal.
     */
    static final List<String> RUNTIME_OPTIONS = List.of(
            "--enable-native-access=javafx.graphics,ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    static final String REPORT = "docs/format/examples/database-vanished.postmortem.json";
    /**
     * The command-line launcher, {@code hindsight-cli} (decision 0029): the quick compiler only, and
     * the ahead-of-time cache that the Linux packages' install script makes ({@code integrate.sh
     * aot}); without a cache, or with a stale one, the JVM starts without it and says nothing.
     * No {@code -XX:SharedArchiveFile}: with it, the JVM does not start. The serial collector: a
     * command is one short thread of work, and G1's set-up and write barriers cost it more than
     * they save (docs/performance.md: an export 4–6 % faster).
     */
    static final String CLI_LAUNCHER = "hindsight-cli";
    static final List<String> CLI_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:AOTCache=$APPDIR/" + CLI_LAUNCHER + ".aot", "-Xlog:all=off",
            "-Xlog:all=warning,aot*=off,cds*=off:stderr");

    enum Os {
        LINUX("linux", ".so", "lib"), WINDOWS("win", ".dll", "bin"), MAC("mac", ".dylib", "lib");

        /** The JavaFX classifier of this system on x64; ARM adds {@code -aarch64}. */
        final String fxName;
        final String nativeSuffix;
        /** Where a JDK keeps its native libraries: JavaFX looks there first. */
        final String nativeDir;

        Os(String fxName, String nativeSuffix, String nativeDir) {
            this.fxName = fxName;
            this.nativeSuffix = nativeSuffix;
            this.nativeDir = nativeDir;
        }

        static Os of(String osName) {
            String name = osName.toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        static Os current() {
            return of(System.getProperty("os.name"));
        }
    }

    /**
     * The classifier of the JavaFX jars with the classes and native libraries of a system, as the
     * JavaFX POM chooses them when Maven runs there (os.name and os.arch of the JDK running Maven,
     * which also runs this): linux, linux-aarch64, mac, mac-aarch64, win.
     */
    static String fxClassifier(String osName, String osArch) {
        Os os = Os.of(osName);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        if (arm && os != Os.WINDOWS) {
            return os.fxName + "-aarch64";
        }
        if (!x64) {
            throw new IllegalStateException("JavaFX has no build for " + osName + " on " + osArch
                    + ": Hindsight's installers are made on x64 Linux, macOS and Windows, and on ARM Linux and macOS");
        }
        return os.fxName;
    }

    final String version;
    final Os os = Os.current();
    final String fxClassifier = fxClassifier(System.getProperty("os.name"), System.getProperty("os.arch"));
    final Path target = Path.of("target");
    final Path dist = target.resolve("dist");
    final Path input = dist.resolve("input");
    final Path javafx = dist.resolve("javafx");
    final Path runtime = dist.resolve("runtime");
    final Path images = dist.resolve("image");

    Dist(String version) {
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("the installers bundle a JDK 25 runtime: run Maven on a JDK 25"
                    + " (JAVA_HOME=/path/to/jdk-25 mvn -Pdist package); this is " + Runtime.version());
        }
        Dist dist = new Dist(args[0]);
        boolean installers = args.length < 2 || Boolean.parseBoolean(args[1]);
        dist.stage();
        dist.raiseOldClasses();
        dist.linkRuntime();
        Path image = dist.appImage();
        if (dist.os == Os.LINUX) {
            for (String launcher : List.of("Hindsight", CLI_LAUNCHER)) {
                Path app = image.resolve("lib/app");
                Path script = image.resolve("bin").resolve(launcher);
                Files.writeString(script, launcherScript(launcher, Files.readAllLines(app.resolve(launcher + ".cfg"))));
                Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            dist.recordWindowTraining(image);
        }
        if (installers) {
            dist.installers(image);
        }
        System.out.println("dist: " + image);
    }

    /** The app's jars (not JavaFX, which goes into the runtime) and, on Linux, the desktop files. */
    void stage() throws IOException {
        deleteTree(dist);
        Files.createDirectories(input);
        Files.createDirectories(javafx);
        copy(target.resolve("hindsight.jar"), input);
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path jar : libs.sorted().collect(Collectors.toList())) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("javafx-")) {
                    copy(jar, input);
                } else if (name.endsWith("-" + fxClassifier + ".jar")) {
                    copy(jar, javafx);
                }
            }
        }
        try (Stream<Path> jars = Files.list(javafx)) {
            if (jars.noneMatch(jar -> jar.getFileName().toString().startsWith("javafx-graphics-"))) {
                throw new IllegalStateException("target/lib has no JavaFX jars for " + fxClassifier
                        + " (this system): run mvn clean package -Pdist with the JDK of this system");
            }
        }
        if (os == Os.LINUX) {
            Path linux = Files.createDirectories(input.resolve("linux"));
            copy(Path.of("packaging/linux/integrate.sh"), linux);
            copy(Path.of("packaging/linux/hindsight-report.xml"), linux);
            // the report the install script's training run of the command line works on
            Files.copy(Path.of(REPORT), linux.resolve("training.postmortem.json"));
            Path icons = Files.createDirectories(linux.resolve("icons"));
            for (int size : List.of(16, 24, 32, 48, 64, 128, 256)) {
                copy(Path.of("icons/png/hindsight-" + size + ".png"), icons);
                copy(Path.of("icons/png/report-" + size + ".png"), icons);
            }
        }
    }

    /**
     * The staged jars' classes older than Java 6 (picocli's, commons-math3's) raised to a version the
     * JDK 25 ahead-of-time cache can hold, by {@code packaging/OldClasses.java} (decision 0036) run
     * with this JDK as a separate process: it needs {@code java.lang.classfile} (JDK 24+), and Dist
     * itself compiles on JDK 17. A jar it cannot rewrite and check stays as it was; on an older JDK,
     * or if the step fails, every jar does, and the build goes on.
     */
    void raiseOldClasses() throws IOException, InterruptedException {
        if (Runtime.version().feature() < 24) {
            System.out.println("dist: old classes: JDK " + Runtime.version().feature()
                    + " has no java.lang.classfile: jars left as they are (their old classes stay out of the AOT cache)");
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? "java.exe" : "java");
        int exit = new ProcessBuilder(java.toString(), "packaging/OldClasses.java", input.toString())
                .inheritIO().start().waitFor();
        if (exit != 0) {
            System.out.println("dist: old classes: the rewriting failed (exit " + exit + "): jars left as they are");
        }
    }

    /**
     * jlink's runtime: JavaFX modules inside, their native libraries beside the JDK's (so JavaFX
     * loads them from the runtime instead of unpacking them into the user's home), the launch
     * options of pom.xml's javafx-maven-plugin (ControlsFX reaches into JavaFX internals), and
     * the base CDS archive dumped with those options.
     */
    void linkRuntime() throws IOException {
        List<String> options = new ArrayList<>(RUNTIME_OPTIONS);
        options.addAll(pomLaunchOptions());
        run("jlink", "--module-path", javafx.toString(), "--add-modules", MODULES,
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--exclude-resources=glob:/javafx.graphics/*" + os.nativeSuffix,
                "--add-options=" + String.join(" ", options),
                "--generate-cds-archive", "--output", runtime.toString());
        Path natives = runtime.resolve(os.nativeDir);
        try (Stream<Path> jars = Files.list(javafx)) {
            for (Path jar : jars.collect(Collectors.toList())) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (var entry : zip.stream().filter(e -> e.getName().endsWith(os.nativeSuffix))
                            .filter(e -> !e.getName().contains("/")).collect(Collectors.toList())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, natives.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /** The --add-exports/--add-opens lines of pom.xml's javafx-maven-plugin, kept in one place. */
    static List<String> pomLaunchOptions() throws IOException {
        Matcher m = Pattern.compile("<option>(--add-(?:exports|opens)=[^<]+)</option>")
                .matcher(Files.readString(Path.of("pom.xml")));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no --add-exports options found in pom.xml's javafx-maven-plugin");
        }
        return found;
    }

    Path appImage() throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
                "--name", "Hindsight", "--app-version", version, "--vendor", "Hindsight",
                "--description", "Write incident postmortems offline",
                "--input", input.toString(), "--main-jar", "hindsight.jar", "--main-class", "dev.hindsight.Main",
                "--runtime-image", runtime.toString(), "--icon", icon()));
        // The window's start-up: Linux packages make an AOT cache at install time from the
        // configuration the build records (decision 0029); anywhere else the first run makes a
        // dynamic CDS archive where it can write (decision 0002). The launcher expands $APPDIR.
        // JVM warnings go to stderr so the command line's output stays clean, and the fallbacks
        // (no archive or cache, a stale one) stay quiet. The window too runs on the quick compiler
        // only: a third off its start-up on two cores, and long exports no slower (decision 0038).
        List<String> window = os == Os.LINUX
                ? List.of("-XX:TieredStopAtLevel=1", "-XX:AOTCache=$APPDIR/hindsight.aot", "-Xlog:all=off",
                        "-Xlog:all=warning,aot*=off,cds*=off:stderr")
                : List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=$APPDIR/hindsight.jsa",
                        "-XX:+AutoCreateSharedArchive",
                        "-Xlog:all=off", "-Xlog:all=warning,cds=off,cds+dynamic=off:stderr");
        for (String option : window) {
            args.add("--java-options");
            args.add(option);
        }
        args.addAll(List.of("--add-launcher", CLI_LAUNCHER + "=" + cliLauncher()));
        run("jpackage", args.toArray(String[]::new));
        return images.resolve(os == Os.MAC ? "Hindsight.app" : "Hindsight");
    }

    /**
     * The properties of the command-line launcher. On Windows it is also the one with a console
     * (Hindsight.exe is a GUI program); on Linux {@code /usr/bin/hindsight} links to it.
     */
    String cliLauncher() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("java-options=" + String.join(" ", CLI_OPTIONS));
        if (os == Os.WINDOWS) {
            lines.addAll(Files.readAllLines(Path.of("packaging/windows/cli.properties")));
        } else if (os == Os.LINUX) {
            lines.add("linux-shortcut=false");
        }
        Path file = dist.resolve(CLI_LAUNCHER + ".properties");
        Files.write(file, lines);
        return file.toString();
    }

    /**
     * On Linux each launcher is a shell script (decision 0035) made from the jpackage launcher's
     * {@code NAME.cfg}: same class path, main class and options ({@code $APPDIR} is lib/app). The
     * native launcher jpackage writes asks rpm and then dpkg, twice, which package owns it on every
     * start (LinuxPackage.c: {@code rpm -qf}, {@code dpkg -S}): 0.1–0.3 s before Java starts.
     * The script follows links ({@code /usr/bin/hindsight}) to find the installation.
     */
    static String launcherScript(String launcher, List<String> cfg) {
        String mainClass = null;
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String line : cfg) {
            if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException(launcher + ".cfg names no main class or class path");
        }
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
                .append("# Hindsight's ").append(launcher.equals(CLI_LAUNCHER) ? "command line" : "window")
                .append(", made by packaging/Dist.java from lib/app/").append(launcher).append(".cfg (decision 0035).\n")
                .append("self=$(readlink -f \"$0\") || self=$0\n")
                .append("root=${self%/*}\n")
                .append("root=${root%/*}\n")
                .append("exec \"$root/lib/runtime/bin/java\"");
        for (String option : options) {
            script.append(" ").append(quoted(option));
        }
        script.append(" -cp ").append(quoted(String.join(":", classPath))).append(" ").append(quoted(mainClass))
                .append(" \"$@\"\n");
        return script.toString();
    }

    /** {@code value} in double quotes for sh, {@code $APPDIR} becoming the installation's lib/app. */
    static String quoted(String value) {
        if (value.matches(".*[\"\\\\`].*") || value.replace("$APPDIR", "").contains("$")) {
            throw new IllegalStateException("a launcher option a script cannot quote simply: " + value);
        }
        return "\"" + value.replace("$APPDIR", "$root/lib/app") + "\"";
    }

    String icon() {
        return os == Os.WINDOWS ? "icons/hindsight.ico" : os == Os.MAC ? "icons/hindsight.icns"
                : "icons/png/hindsight-256.png";
    }

    /**
     * Opens the window once on the report (under xvfb-run when there is no display), recording the
     * JVM's ahead-of-time configuration ({@code -XX:AOTMode=record}); the packages' install script
     * makes the window's AOT cache from it at the installed paths. A configuration records each
     * jar's modification time, and jpackage and dpkg give the jars new ones: so the jars get one
     * fixed time here, written to {@code linux/jar-time}, which the install script gives them
     * back before it makes the cache. A failed training run leaves no configuration (the window
     * then starts without a cache) and does not fail the build.
     */
    void recordWindowTraining(Path image) throws IOException, InterruptedException {
        Path app = image.resolve("lib/app");
        Path config = app.resolve("hindsight.aotconf");
        List<String> command = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                System.out.println("dist: no display and no xvfb-run: no training run, so no start-up cache for the window");
                return;
            }
            command.addAll(List.of("xvfb-run", "-a"));
        }
        long jarTime = System.currentTimeMillis() / 1000;
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("Hindsight.cfg"))) {
            if (line.startsWith("app.classpath=$APPDIR/")) {
                Path jar = app.resolve(line.substring("app.classpath=$APPDIR/".length()));
                Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(jarTime,
                        java.util.concurrent.TimeUnit.SECONDS));
                classPath.add(jar.toAbsolutePath().toString());
            }
        }
        Files.writeString(app.resolve("linux/jar-time"), jarTime + "\n");
        Path home = dist.resolve("training").toAbsolutePath();
        command.addAll(List.of(image.resolve("lib/runtime/bin/java").toString(), "-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + config.toAbsolutePath(), "-Xlog:all=off", "-Dhindsight.exitWhenShown=true",
                "-Dhindsight.config.dir=" + home.resolve("config"), "-Dhindsight.data.dir=" + home.resolve("data"),
                "-cp", String.join(java.io.File.pathSeparator, classPath), "dev.hindsight.Main", REPORT));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0 || !Files.exists(config)) {
            Files.deleteIfExists(config);
            System.out.println("dist: the training run of the window failed (exit " + exit
                    + "): no start-up cache for the window");
        }
    }

    void installers(Path image) throws IOException {
        // An archive left by a run of the image records this machine's paths: never ship one.
        Files.deleteIfExists(image.resolve(os == Os.MAC ? "Contents/app/hindsight.jsa" : "lib/app/hindsight.jsa"));
        Files.deleteIfExists(image.resolve(os == Os.MAC ? "Contents/app/" : "lib/app/").resolve(CLI_LAUNCHER + ".aot"));
        Files.deleteIfExists(image.resolve("lib/app/hindsight.aot"));
        List<String> common = List.of("--dest", dist.toString(), "--app-image", image.toString(),
                "--name", "Hindsight", "--app-version", version, "--vendor", "Hindsight",
                "--description", "Write incident postmortems offline", "--copyright", "Hindsight authors");
        if (os == Os.LINUX) {
            List<String> types = new ArrayList<>();
            if (onPath("dpkg-deb")) {
                types.add("deb");
            }
            if (onPath("rpmbuild")) {
                types.add("rpm");
            }
            for (String type : types) {
                List<String> args = new ArrayList<>(List.of("--type", type));
                args.addAll(common);
                args.addAll(List.of("--install-dir", "/opt", "--resource-dir", "packaging/linux",
                        "--linux-package-name", "hindsight", "--linux-shortcut", "--linux-menu-group", "Office",
                        "--linux-app-category", "editors", "--linux-package-deps", "libgtk-3-0"));
                run("jpackage", args.toArray(String[]::new));
            }
        } else if (os == Os.WINDOWS) {
            List<String> args = new ArrayList<>(List.of("--type", "msi"));
            args.addAll(common);
            args.addAll(List.of("--win-menu", "--win-menu-group", "Hindsight", "--win-shortcut",
                    "--win-per-user-install", "--win-dir-chooser",
                    "--win-upgrade-uuid", "5b0c1b1e-6b7e-4d0a-9a55-3f0f3c9a1d27"));
            run("jpackage", args.toArray(String[]::new));
        } else {
            List<String> args = new ArrayList<>(List.of("--type", "dmg"));
            args.addAll(common);
            args.addAll(List.of("--mac-package-identifier", "dev.hindsight", "--mac-package-name", "Hindsight"));
            run("jpackage", args.toArray(String[]::new));
        }
    }

    static void run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException("this JDK has no " + tool));
        System.out.println("dist: " + tool + " " + String.join(" ", args));
        int exit = provider.run(System.out, System.err, args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + exit);
        }
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static void copy(Path file, Path dir) throws IOException {
        Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
