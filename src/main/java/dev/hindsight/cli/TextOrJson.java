package dev.hindsight.cli;

/** The two outputs of a command: for people, or one JSON document for tools (and nothing else on stdout). */
enum TextOrJson {
    TEXT, JSON
}
