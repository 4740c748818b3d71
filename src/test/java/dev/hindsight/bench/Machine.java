package dev.hindsight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the numbers were measured on: processor, cores, memory, system, Java, and how busy the machine was. */
final class Machine {
    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")));
        out.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        firstValue(Path.of("/proc/meminfo"), "MemTotal").ifPresent(kb -> out.put("memory",
                Long.parseLong(kb.replaceAll("\\D", "")) / 1024 / 1024 + " GB"));
        out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        out.put("load average at start", loadAverage());
        return out;
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
