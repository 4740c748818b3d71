package dev.hindsight.cli;

/** How a command that prints figures or lists prints them: for people, for spreadsheets, or one JSON document. */
enum OutputFormat {
    TEXT, CSV, JSON
}
