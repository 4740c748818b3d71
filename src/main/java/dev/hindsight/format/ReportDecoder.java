package dev.hindsight.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.EntryKind;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Priority;
import dev.hindsight.model.Extras;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportBuilder;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Severity;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import dev.hindsight.model.Zones;
import java.util.ArrayList;
import java.util.List;

/** Maps the JSON tree of a (migrated) report onto the model, key by key as the format description lists them. */
final class ReportDecoder {
    private final Decoding decoding;

    ReportDecoder(Decoding decoding) {
        this.decoding = decoding;
    }

    Report decode(ObjectNode root, int formatVersion) throws ReportFormatException {
        Members m = new Members(root, "", decoding);
        m.get(Envelope.FORMAT);
        m.get(Envelope.VERSION);
        String title = m.string("title");
        String incidentId = m.string("incidentId");
        Severity severity = m.code("severity", Severity.KNOWN, Severity::new, null, true);
        ReportStatus status = m.code("status", ReportStatus.KNOWN, ReportStatus::new, ReportStatus.DRAFT, false);
        String confidentiality = m.string("confidentiality");
        List<String> authors = m.strings("authors");
        String timeZone = m.get("timeZone") == null ? Report.DEFAULT_ZONE : m.string("timeZone");
        if (Zones.parse(timeZone).isEmpty()) {
            decoding.warn(m.path("timeZone"), "\"" + Describe.clip(timeZone) + "\" is not a time zone this version "
                    + "knows; times are shown in UTC and the value is kept as written");
        }
        ReportBuilder report = new Report(formatVersion, title, incidentId, severity, status, confidentiality,
                authors, timeZone, m.instant("createdAt"), m.instant("updatedAt"), summary(m.object("summary")),
                timeline(m.objects("timeline")), m.string("rootCause"), m.string("resolution"),
                measures(m.object("measures")), m.string("closingRemarks"), Extras.NONE).builder();
        new Version2Decoder(decoding).decode(m, report);
        return report.extras(m.extras()).build();
    }

    private Summary summary(Members m) throws ReportFormatException {
        return new Summary(m.instant("startedAt"), m.instant("endedAt"), m.string("impact"),
                m.percent("usersAffectedPercent"), m.string("rootCause"), m.extras());
    }

    private List<TimelineEntry> timeline(List<Members> entries) throws ReportFormatException {
        List<TimelineEntry> out = new ArrayList<>(entries.size());
        for (Members m : entries) {
            out.add(new TimelineEntry(m.instant("at"),
                    m.code("kind", EntryKind.KNOWN, EntryKind::new, EntryKind.NOTE, false),
                    m.string("text"), m.extras()));
        }
        return out;
    }

    private Measures measures(Members m) throws ReportFormatException {
        String improvements = m.string("improvements");
        List<ActionItem> items = new ArrayList<>();
        for (Members item : m.objects("actionItems")) {
            items.add(actionItem(item));
        }
        return new Measures(improvements, items, m.extras());
    }

    private ActionItem actionItem(Members m) throws ReportFormatException {
        return new ActionItem(m.string("title"), m.string("details"),
                m.code("type", ActionType.KNOWN, ActionType::new, null, true),
                m.string("owner"), m.date("due"),
                m.code("priority", Priority.KNOWN, Priority::new, null, true),
                m.code("status", ActionStatus.KNOWN, ActionStatus::new, ActionStatus.OPEN, false),
                m.string("link"), m.extras());
    }
}
