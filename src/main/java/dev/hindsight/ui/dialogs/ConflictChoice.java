package dev.hindsight.ui.dialogs;

/** The answer when the file changed on disk since it was opened: write over it, save elsewhere, load theirs, or stop. */
public enum ConflictChoice { OVERWRITE, SAVE_AS, RELOAD, CANCEL }
