package dev.hindsight.input.importing;

/** A fact of the report written as {@code Label: value} or in a key/value table. */
enum Field {
    TITLE, INCIDENT_ID, SEVERITY, STATUS, DATE, AUTHORS, CONFIDENTIALITY, WINDOW, START, END, USERS, TIME_ZONE,
    IMPACT, ROOT_CAUSE, DERIVED;

    static Field of(String key) {
        switch (key) {
            case "title": return TITLE;
            case "incidentId": return INCIDENT_ID;
            case "severity": return SEVERITY;
            case "status": return STATUS;
            case "date": return DATE;
            case "authors": return AUTHORS;
            case "confidentiality": return CONFIDENTIALITY;
            case "window": return WINDOW;
            case "start": return START;
            case "end": return END;
            case "users": return USERS;
            case "timeZone": return TIME_ZONE;
            case "impact": return IMPACT;
            case "rootCause": return ROOT_CAUSE;
            case "derived": return DERIVED;
            default: throw new IllegalArgumentException("unknown field " + key);
        }
    }
}
