package dev.hindsight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/OldClasses.java (decision 0036) raises picocli's Java 5 classes so the AOT cache can
 * hold them. Run on the real picocli jar the image ships, with the JDK the installers are built
 * with (it needs JDK 24+): the classes come out at version 51 and picocli still works; a class it
 * cannot rewrite stays byte for byte, and a signed jar is left whole.
 */
class OldClassesTest {
    @TempDir
    Path dir;

    /** The picocli jar on the test class path: the one the image ships. */
    private static Path picocli() throws Exception {
        return Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A JDK 24 or later: this one, or the one .ci/run builds the installers with. */
    private static Path newJdk() {
        if (Runtime.version().feature() >= 24) {
            return Path.of(System.getProperty("java.home"));
        }
        List<String> candidates = new ArrayList<>();
        if (System.getenv("HINDSIGHT_DIST_JDK") != null) {
            candidates.add(System.getenv("HINDSIGHT_DIST_JDK"));
        }
        candidates.add("/usr/lib/jvm/temurin-25-jdk-amd64");
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate, "bin", "java"))) {
                return Path.of(candidate);
            }
        }
        assumeTrue(false, "no JDK 24+ here (HINDSIGHT_DIST_JDK) to run packaging/OldClasses.java");
        return null;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private String rewrite(Path folder) throws Exception {
        return run(newJdk().resolve("bin/java").toString(), "packaging/OldClasses.java", folder.toString());
    }

    /** Every entry's bytes, in the jar's order. */
    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static void writeJar(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    @Test
    void picocliComesOutAtVersion51AndPrintsTheSameHelp() throws Exception {
        Path jdk = newJdk();
        Path original = picocli();
        Map<String, byte[]> before = entries(original);
        assertThat(before.entrySet().stream().filter(e -> e.getKey().endsWith(".class") && !e.getKey().contains("module-info"))
                .mapToInt(e -> major(e.getValue()))).as("picocli is compiled for Java 5").contains(49);
        Path folder = Files.createDirectories(dir.resolve("app"));
        Path jar = Files.copy(original, folder.resolve("picocli.jar"));
        Path other = Files.copy(Path.of(com.fasterxml.jackson.core.JsonFactory.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI()), folder.resolve("jackson-core.jar"));
        byte[] otherBefore = Files.readAllBytes(other);

        String out = rewrite(folder);

        assertThat(out).contains("picocli.jar: ").contains("classes raised to version 51 with stack maps")
                .doesNotContain("jackson-core.jar").doesNotContain("kept as they were");
        Map<String, byte[]> after = entries(jar);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (Map.Entry<String, byte[]> entry : before.entrySet()) {
            String name = entry.getKey();
            if (name.endsWith(".class") && major(entry.getValue()) < 50) {
                assertThat(major(after.get(name))).as(name).isEqualTo(51);
            } else {
                assertThat(after.get(name)).as(name).isEqualTo(entry.getValue());
            }
        }
        assertThat(Files.readAllBytes(other)).as("a jar without old classes is not touched").isEqualTo(otherBefore);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no scratch file left").hasSize(2);
        }
        // picocli works from the rewritten jar as from the original, under the verifier of both JDKs
        String java = jdk.resolve("bin/java").toString();
        String help = run(java, "-cp", original.toString(), "picocli.AutoComplete", "--help");
        assertThat(help).contains("Usage: picocli.AutoComplete");
        assertThat(run(java, "-Xlog:verification=info:file=" + dir.resolve("verify.log"), "-cp", jar.toString(),
                "picocli.AutoComplete", "--help")).isEqualTo(help);
        assertThat(Files.readString(dir.resolve("verify.log"))).as("checked against its stack maps")
                .contains("Verifying class picocli.CommandLine with new format").doesNotContain("with old format");
        String java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(run(java17, "-cp", jar.toString(), "picocli.AutoComplete", "--help")).isEqualTo(help);
    }

    @Test
    void aClassThatCannotBeRewrittenStaysAsItWasAndIsNamed() throws Exception {
        Map<String, byte[]> entries = entries(picocli());
        byte[] broken = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 49, 1, 2, 3};
        entries.put("bad/Broken.class", broken);
        Path folder = Files.createDirectories(dir.resolve("app"));
        Path jar = folder.resolve("picocli.jar");
        writeJar(jar, entries);

        String out = rewrite(folder);

        assertThat(out).contains("classes raised to version 51").contains("1 kept as they were: bad.Broken (");
        Map<String, byte[]> after = entries(jar);
        assertThat(after.get("bad/Broken.class")).isEqualTo(broken);
        assertThat(major(after.get("picocli/CommandLine.class"))).isEqualTo(51);
    }

    @Test
    void aSignedJarIsLeftWhole() throws Exception {
        Map<String, byte[]> entries = entries(picocli());
        entries.put("META-INF/SIGNER.SF", "Signature-Version: 1.0\r\n".getBytes(StandardCharsets.US_ASCII));
        Path folder = Files.createDirectories(dir.resolve("app"));
        Path jar = folder.resolve("signed.jar");
        writeJar(jar, entries);
        byte[] before = Files.readAllBytes(jar);

        String out = rewrite(folder);

        assertThat(out).contains("signed.jar: ").contains("the jar is signed: left as it was");
        assertThat(Files.readAllBytes(jar)).isEqualTo(before);
    }
}
