package dev.hindsight.input.importing;

import dev.hindsight.input.TimeResolver;
import dev.hindsight.model.Measures;
import dev.hindsight.model.Report;
import dev.hindsight.model.ReportStatus;
import dev.hindsight.model.Summary;
import dev.hindsight.model.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a report of a document's blocks: cuts them into parts ({@link SectionReader}), reads each
 * ({@link PartReader}), then, once the zone and the day are known from wherever the document
 * states them, places the outage window and the timeline.
 */
public final class ReportImporter {
    private ReportImporter() {
    }

    public static ImportResult read(List<Block> blocks) {
        SectionReader.Cut cut = SectionReader.cut(blocks);
        Draft d = new Draft();
        if (cut.title() != null) {
            d.title = Facts.title(cut.title(), d);
        }
        List<ImageReference> images = new ArrayList<>();
        PartReader reader = new PartReader(d, images);
        boolean asTimeline = false;
        for (Part part : cut.parts()) {
            if (part.target == Target.PREAMBLE || !part.isEmpty()) {
                Part read = retargeted(part);
                asTimeline |= read != part;
                reader.read(read);
            }
        }
        if (cut.parts().size() == 1 && asTimeline) {
            d.notes.add("no section heading was recognised: its lines mostly start with a time, so they were read as "
                    + "the timeline");
        } else if (cut.parts().size() == 1) {
            d.notes.add("no section heading was recognised: the text is kept in the Closing Remarks; headings such as "
                    + "\u201CIssue Summary\u201D, \u201CTimeline\u201D or \u201CRoot Cause\u201D mark the sections");
        }
        return new ImportResult(assemble(d), d.placements, d.notes, images);
    }

    /**
     * A part under a vague heading ("What happened"), or the text before any heading (a chat log, a
     * list of times pasted into a file), whose lines mostly start with a time is a timeline.
     */
    private static Part retargeted(Part part) {
        boolean vague = part.target == Target.SUMMARY || part.target == Target.UNKNOWN || part.target == Target.KEPT
                || part.target == Target.IMPACT || part.target == Target.PREAMBLE;
        if (!vague || !TimelineReader.isMostlyTimed(part.body)) {
            return part;
        }
        Part timeline = new Part(List.of(Target.TIMELINE), part.heading, part.level, part.byHeading,
                (part.note + " " + (part.heading == null ? "" : part.heading)).strip());
        timeline.body.addAll(part.body);
        return timeline;
    }

    private static Report assemble(Draft d) {
        List<TimelineReader.Result> scans = new ArrayList<>();
        for (Part part : d.timeline) {
            scans.add(TimelineReader.scan(part.body, part.note + " " + (part.heading == null ? "" : part.heading)));
        }
        LooseTimes.StatedZone stated = d.zone;
        for (TimelineReader.Result scan : scans) {
            stated = stated != null ? stated : scan.zone();
        }
        LocalDate dateHint = d.date != null ? d.date : LooseTimes.firstDate(d.title).orElse(null);
        if (dateHint == null) {
            dateHint = scans.stream().map(TimelineReader.Result::firstDate).filter(x -> x != null).findFirst().orElse(null);
        }
        LooseTimes.Window window = window(d, dateHint);
        if (stated == null && window != null && window.zone() != null) {
            stated = window.zone();
        }
        ZoneId zone = stated == null ? ZoneOffset.UTC : stated.zone();
        if (stated == null && (window != null && window.start() != null || !d.timeline.isEmpty())) {
            d.notes.add("the document names no time zone: times were read in UTC (change the zone on the Summary tab "
                    + "if they were local times)");
        }
        ZoneId windowZone = window != null && window.zone() != null ? window.zone().zone() : zone;
        Instant start = window == null || window.start() == null ? null
                : new TimeResolver(windowZone).at(window.start()).instant();
        Instant end = window == null || window.end() == null ? null : new TimeResolver(windowZone).at(window.end()).instant();

        LocalDate day = start != null ? start.atZone(zone).toLocalDate() : dateHint;
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Part part : d.timeline) {
            TimelineReader.Result r = TimelineReader.read(part.body, part.note + " " + part.heading, zone, day);
            timeline.addAll(r.entries());
            d.notes.addAll(r.notes());
            if (!r.leftover().isEmpty()) {
                d.append(Target.CLOSING, "Timeline notes", TextLines.text(r.leftover()));
                d.place(part.shown() + " (text before the first time)", Target.KEPT.shown());
            }
            if (!timeline.isEmpty() && timeline.get(timeline.size() - 1).at() != null) {
                day = timeline.get(timeline.size() - 1).at().atZone(zone).toLocalDate();
            }
        }

        String impact = join(d.summaryProse.toString(), d.impact.toString());
        if (d.users == null && !d.usersStated) {
            LooseTimes.usersShare(impact).ifPresent(u -> {
                d.users = u;
                d.notes.add("the share of users affected (" + u.toPlainString() + " %) was read from the impact");
            });
        }
        if (!d.otherDetails.isEmpty()) {
            d.append(Target.CLOSING, "Other details", "- " + String.join("\n- ", d.otherDetails));
        }
        Summary summary = new Summary(start, end, impact, d.users, d.summaryRootCause.toString().strip(),
                dev.hindsight.model.Extras.NONE);
        return Report.blank().builder()
                .title(d.title.strip())
                .incidentId(d.incidentId.strip())
                .severity(d.severity)
                .status(d.status == null ? ReportStatus.DRAFT : d.status)
                .confidentiality(d.confidentiality.strip())
                .authors(d.authors)
                .timeZone(stated == null ? Report.DEFAULT_ZONE : stated.id())
                .summary(summary)
                .timeline(timeline)
                .rootCause(d.text(Target.ROOT_CAUSE))
                .resolution(d.text(Target.RESOLUTION))
                .measures(new Measures(d.text(Target.MEASURES), d.actions, dev.hindsight.model.Extras.NONE))
                .closingRemarks(d.text(Target.CLOSING))
                .build();
    }

    /** The outage window: the first text that gives a start, or the start and end written apart. */
    private static LooseTimes.Window window(Draft d, LocalDate dateHint) {
        for (String text : d.windows) {
            LooseTimes.Window w = LooseTimes.window(text, dateHint);
            if (w.start() != null) {
                return w;
            }
        }
        if (d.start != null) {
            LooseTimes.Window s = LooseTimes.window(d.start, dateHint);
            LocalDateTime end = null;
            if (d.end != null && s.start() != null) {
                LooseTimes.Window e = LooseTimes.window(d.end, s.start().toLocalDate());
                end = e.start();
                if (end != null && end.isBefore(s.start()) && LooseTimes.dates(d.end, 0).isEmpty()) {
                    end = end.plusDays(1);
                }
            }
            return new LooseTimes.Window(s.start(), end, s.zone());
        }
        return null;
    }

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return b.strip();
        }
        return b.isBlank() ? a.strip() : a.strip() + "\n\n" + b.strip();
    }
}
