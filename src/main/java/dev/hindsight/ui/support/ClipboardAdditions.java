package dev.hindsight.ui.support;

import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/** Formats added to what a copy has just put on the system clipboard, keeping what it put there. */
public final class ClipboardAdditions {
    private ClipboardAdditions() {
    }

    public static void add(Map<DataFormat, Object> extra) {
        if (extra.isEmpty()) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        ClipboardContent content = new ClipboardContent();
        for (DataFormat format : clipboard.getContentTypes()) {
            Object value = clipboard.getContent(format);
            if (value != null) {
                content.put(format, value);
            }
        }
        content.putAll(extra);
        clipboard.setContent(content);
    }
}
