package dev.hindsight.input.importing;

/** One line of the import's preview: a part of the document and where it went in the report. */
public record Placement(String from, String to) {
}
