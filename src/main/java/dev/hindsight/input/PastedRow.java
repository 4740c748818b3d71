package dev.hindsight.input;

import dev.hindsight.model.EntryKind;

/**
 * One row read from pasted text or a CSV file, before it is placed in time: the time as
 * typed (null when the line had none), why it could not be read, the kind and the text.
 */
public record PastedRow(String timeText, TypedTime time, String timeError, EntryKind kind, boolean kindGiven,
                        String text) {
    PastedRow withText(String more) {
        return new PastedRow(timeText, time, timeError, kind, kindGiven, more);
    }
}
