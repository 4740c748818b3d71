package dev.hindsight.ui.table;

/** A cell editor in use, which a command about to run asks to commit first. */
interface ActiveEditor {
    /** Commits what is typed; false when it could not be taken (the editor stays open). */
    boolean commitFromOutside();
}
