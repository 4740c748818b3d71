package dev.hindsight.platform;

/** Calls {@link OpenFileEvents#listenIfMac} with the system name given, as {@code main} does, and prints what it returned. */
public final class OpenFilesChild {
    private OpenFilesChild() {
    }

    public static void main(String[] args) {
        System.out.println("AWT started: " + OpenFileEvents.listenIfMac(args[0]));
    }
}
