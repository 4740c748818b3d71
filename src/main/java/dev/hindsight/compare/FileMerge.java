package dev.hindsight.compare;

import dev.hindsight.format.AtomicFileWriter;
import dev.hindsight.format.FormatVersions;
import dev.hindsight.format.ReportEncoder;
import dev.hindsight.format.ReportFormatException;
import dev.hindsight.format.ReportReader;
import dev.hindsight.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Merges three report files into a fourth, as {@code hindsight merge} and git's merge driver do:
 * all three are read and checked before anything is written, and the result is written whole or
 * not at all. An empty base file is git's way of saying the two copies have no common ancestor
 * (both added the file): the base is then a report with nothing in it.
 */
public final class FileMerge {
    private final ReportReader reader;
    private final AtomicFileWriter writer;

    public FileMerge() {
        this(new ReportReader(), new AtomicFileWriter());
    }

    public FileMerge(ReportReader reader, AtomicFileWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * The merge of the three files, written to {@code out}.
     *
     * @throws ReportFormatException when a file is not a valid report: nothing is written
     * @throws IOException when the result could not be written: {@code out} is as it was
     */
    public MergeResult merge(Path base, Path ours, Path theirs, Path out) throws ReportFormatException, IOException {
        Report b = isEmpty(base) ? Report.blank() : reader.read(base).report();
        Report o = reader.read(ours).report();
        Report t = reader.read(theirs).report();
        MergeResult result = ReportMerge.merge(b, o, t);
        Report written = FormatVersions.settled(result.report());
        writer.write(out, new ReportEncoder().encode(written));
        return new MergeResult(written, result.conflicts());
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
