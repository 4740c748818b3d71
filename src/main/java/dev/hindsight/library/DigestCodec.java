package dev.hindsight.library;

import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Priority;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReportDigest} as compact bytes, the form the cache stores it in: thousands are read
 * back at every start of {@code hindsight stats}, before any JIT has warmed up, so the form is the
 * plainest there is. Only this application writes it; bytes it cannot read mean a damaged cache,
 * and the report is read again from its file.
 */
final class DigestCodec {
    private static final int FORM = 1;
    private static final long NONE = Long.MIN_VALUE;

    private DigestCodec() {
    }

    static byte[] write(ReportDigest d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORM);
            string(out, d.title());
            string(out, d.incidentId());
            string(out, d.severity() == null ? null : d.severity().code());
            string(out, d.status().code());
            out.writeLong(d.date() == null ? NONE : d.date().toEpochDay());
            out.writeLong(d.durationSeconds() == null ? NONE : d.durationSeconds());
            out.writeLong(d.detectSeconds() == null ? NONE : d.detectSeconds());
            out.writeLong(d.resolveSeconds() == null ? NONE : d.resolveSeconds());
            strings(out, d.tags());
            strings(out, d.services());
            out.writeInt(d.factors().size());
            for (ContributingFactor f : d.factors()) {
                string(out, f.category());
                string(out, f.description());
            }
            strings(out, d.relatedIncidents());
            out.writeBoolean(d.nearMiss());
            out.writeInt(d.actions().size());
            for (ActionDigest a : d.actions()) {
                out.writeInt(a.index());
                string(out, a.title());
                string(out, a.owner());
                out.writeLong(a.due() == null ? NONE : a.due().toEpochDay());
                string(out, a.priority() == null ? null : a.priority().code());
                string(out, a.status().code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static ReportDigest read(byte[] bytes, int offset, int length) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            if (in.readByte() != FORM) {
                throw new IOException("a cached digest of another form");
            }
            String title = string(in);
            String id = string(in);
            String severity = string(in);
            String status = string(in);
            LocalDate date = date(in.readLong());
            Long duration = number(in.readLong());
            Long detect = number(in.readLong());
            Long resolve = number(in.readLong());
            List<String> tags = strings(in);
            List<String> services = strings(in);
            int factorCount = count(in);
            List<ContributingFactor> factors = new ArrayList<>(factorCount);
            for (int i = 0; i < factorCount; i++) {
                factors.add(new ContributingFactor(string(in), string(in)));
            }
            List<String> related = strings(in);
            boolean nearMiss = in.readBoolean();
            int actionCount = count(in);
            List<ActionDigest> actions = new ArrayList<>(actionCount);
            for (int i = 0; i < actionCount; i++) {
                int index = in.readInt();
                String actionTitle = string(in);
                String owner = string(in);
                LocalDate due = date(in.readLong());
                String priority = string(in);
                actions.add(new ActionDigest(index, actionTitle, owner, due, priority == null ? null
                        : new Priority(priority), new ActionStatus(string(in))));
            }
            return new ReportDigest(title, id, severity == null ? null : new Severity(severity),
                    new ReportStatus(status), date, duration, detect, resolve, tags, services, factors, related,
                    nearMiss, actions);
        } catch (RuntimeException e) {
            throw new IOException("a cached digest cannot be read: " + e, e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available()) {
            throw new IOException("a cached digest is cut short");
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a cached digest holds an impossible count");
        }
        return n;
    }

    private static LocalDate date(long epochDay) {
        return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static Long number(long value) {
        return value == NONE ? null : value;
    }
}
