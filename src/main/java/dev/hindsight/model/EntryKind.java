package dev.hindsight.model;

import java.util.List;

/** The kind of moment in the timeline; MISLEADING marks a path that turned out wrong. Unknown values read from a file are kept as written. */
public record EntryKind(String code) implements Code {
    public static final EntryKind DETECTION = new EntryKind("detection");
    public static final EntryKind RESPONSE = new EntryKind("response");
    public static final EntryKind INVESTIGATION = new EntryKind("investigation");
    public static final EntryKind MISLEADING = new EntryKind("misleading");
    public static final EntryKind ESCALATION = new EntryKind("escalation");
    public static final EntryKind MITIGATION = new EntryKind("mitigation");
    public static final EntryKind RESOLUTION = new EntryKind("resolution");
    public static final EntryKind NOTE = new EntryKind("note");

    public static final List<EntryKind> KNOWN = List.of(DETECTION, RESPONSE, INVESTIGATION, MISLEADING, ESCALATION, MITIGATION, RESOLUTION, NOTE);

    @Override
    public List<EntryKind> knownValues() {
        return KNOWN;
    }
}
