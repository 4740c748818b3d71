package dev.hindsight.ui.dialogs;

/** The answer to "Save changes to this report?". */
public enum SaveChoice { SAVE, DONT_SAVE, CANCEL }
