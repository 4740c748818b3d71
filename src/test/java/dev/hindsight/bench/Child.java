package dev.hindsight.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts one benchmark JVM per scenario on this class path, with the heap capped, and reads its outcome. */
final class Child {
    static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    private final Path logs;
    private final String heap;

    Child(Path logs, String heap) {
        this.logs = logs;
        this.heap = heap;
    }

    Trial.Outcome run(List<String> flags, Class<?> main, List<String> args, String name) throws IOException,
            InterruptedException {
        List<String> command = Processes.java();
        command.add("-Xmx" + heap);
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Processes.Finished finished = Processes.run(command, Map.of(), logs.resolve(name + ".log"));
        for (String line : finished.output().split("\n")) {
            if (line.startsWith(Trial.PREFIX)) {
                try {
                    return Trial.parse(line);
                } catch (Exception e) {
                    throw new IOException(name + ": unreadable outcome " + line, e);
                }
            }
        }
        throw new IOException(name + ": no outcome\n" + finished.output());
    }

    static List<String> args(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}
