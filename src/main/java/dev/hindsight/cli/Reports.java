package dev.hindsight.cli;

import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading the reports a command is given, refusing like {@code validate}, and printing one JSON document. */
final class Reports {
    private Reports() {
    }

    /** The reports, or null when one was refused: its refusal (as {@code validate} words it) is printed. */
    static List<Report> read(List<Path> files, PrintWriter refusals) {
        return read(files, refusals, e -> { });
    }

    /** As {@link #read(List, PrintWriter)}, and the refusal is also given to {@code refused}. */
    static List<Report> read(List<Path> files, PrintWriter refusals,
                             java.util.function.Consumer<ReportFormatException> refused) {
        ReportReader reader = new ReportReader();
        List<Report> out = new ArrayList<>();
        for (Path file : files) {
            try {
                out.add(reader.read(file).report());
            } catch (ReportFormatException e) {
                refusals.println(e.getMessage());
                refusals.flush();
                refused.accept(e);
                return null;
            }
        }
        return out;
    }

    interface JsonWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * The JSON document of a command that refused a file before it had anything to say: its usual
     * list ({@code listName}) empty, and {@code "refused": [{"file", "message"}]}, as {@code check}
     * prints it, so that a script tells a refusal from an empty answer on standard output alone.
     */
    static void printRefusedJson(PrintWriter out, String listName, String file, String message) {
        com.fasterxml.jackson.databind.node.ObjectNode root = Json.object();
        root.putArray(listName);
        root.putArray("refused").addObject().put("file", file).put("message", message);
        out.println(Json.write(root));
        out.flush();
    }

    /** A JSON document written by {@code writer}, printed as UTF-8 text. */
    static void printJson(PrintWriter out, JsonWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
