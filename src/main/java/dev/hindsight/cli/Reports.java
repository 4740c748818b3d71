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
        ReportReader reader = new ReportReader();
        List<Report> out = new ArrayList<>();
        for (Path file : files) {
            try {
                out.add(reader.read(file).report());
            } catch (ReportFormatException e) {
                refusals.println(e.getMessage());
                refusals.flush();
                return null;
            }
        }
        return out;
    }

    interface JsonWriter {
        void write(OutputStream out) throws IOException;
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
