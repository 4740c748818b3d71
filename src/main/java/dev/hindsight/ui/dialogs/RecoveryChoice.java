package dev.hindsight.ui.dialogs;

/** What to do with a report recovered after a crash. */
public enum RecoveryChoice { RESTORE, SAVE_ELSEWHERE, DISCARD, LATER }
