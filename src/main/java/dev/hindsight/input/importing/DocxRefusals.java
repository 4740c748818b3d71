package dev.hindsight.input.importing;

import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;

/**
 * Why Apache POI could not read a .docx, in Hindsight's words: what is wrong with the file, and
 * where when POI says (the XML's line and column), never POI's class names, its feature URIs or
 * its advice to open an issue on its tracker.
 */
final class DocxRefusals {
    private static final String NOT_READ = "%s is not a Word document Hindsight will read: %s: nothing was imported";
    private static final String BROKEN = "%s could not be read as a Word document: %s: nothing was imported";

    private DocxRefusals() {
    }

    /** A refusal of a file that may be a Word document but is not one Hindsight reads, saying {@code why}. */
    static ImportRefusedException notRead(String name, String why) {
        return new ImportRefusedException(String.format(Locale.ROOT, NOT_READ, name, why));
    }

    static ImportRefusedException of(String name, Exception e) {
        String all = messages(e);
        String words;
        if (e instanceof NotOfficeXmlFileException || all.contains("No valid entries or contents found")) {
            words = String.format(Locale.ROOT, "%s is not a Word document (.docx): it is not a ZIP archive of a "
                    + "Word document's parts: nothing was imported", name);
        } else if (all.contains("DOCTYPE is disallowed")) {
            words = String.format(Locale.ROOT, NOT_READ, name, "a part of it declares a document type "
                    + "(<!DOCTYPE …>), which Word never writes and which could make a reader expand entities or read "
                    + "other files");
        } else if (all.contains("Zip bomb detected")) {
            words = String.format(Locale.ROOT, NOT_READ, name, "a part of it unpacks to over 100 times its packed "
                    + "size, as a ZIP bomb does");
        } else if (all.contains("core document")) {
            words = String.format(Locale.ROOT, BROKEN, name, "it has no word/document.xml, the part that holds a "
                    + "Word document's text");
        } else if (all.contains("content types part")) {
            words = String.format(Locale.ROOT, BROKEN, name, "its list of parts ([Content_Types].xml) is missing "
                    + "or broken");
        } else if (all.contains("missing data while reading picture")) {
            words = String.format(Locale.ROOT, BROKEN, name, "a picture in it lacks the description Word writes "
                    + "for every picture (pic:nvPicPr)");
        } else if (xmlError(e) != null) {
            words = String.format(Locale.ROOT, BROKEN, name, "its XML is broken" + xmlPlace(xmlError(e)));
        } else {
            words = String.format(Locale.ROOT, BROKEN, name, "it is damaged (" + plain(e) + ")");
        }
        return new ImportRefusedException(words, e);
    }

    /** All the messages of the chain of causes, for matching POI's refusals, which have no types of their own. */
    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static XmlError xmlError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XmlException x) {
                return x.getError();
            }
        }
        return null;
    }

    private static String xmlPlace(XmlError error) {
        String what = error.getMessage() == null ? "" : error.getMessage().strip();
        String where = error.getLine() > 0
                ? String.format(Locale.ROOT, " at line %d, column %d", error.getLine(), Math.max(1, error.getColumn()))
                : "";
        return where + (what.isEmpty() ? "" : ": " + clip(what));
    }

    /** The innermost message, without the class names Java puts in front of wrapped exceptions. */
    private static String plain(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return clip(message.replaceAll("(?:[a-z0-9_]+\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ", "").strip());
    }

    /** At most one line of 200 characters, without a final period and the XML POI quotes. */
    private static String clip(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        int xml = line.indexOf('<');
        line = (xml > 0 ? line.substring(0, xml) : line).strip();
        while (line.endsWith(".") || line.endsWith(":")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
