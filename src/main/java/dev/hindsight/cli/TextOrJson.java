package dev.hindsight.cli;

import picocli.CommandLine.Option;

/** The two outputs of a command: for people, or one JSON document for tools (and nothing else on stdout). */
enum TextOrJson {
    TEXT, JSON;

    /** The {@code --format text|json} option, mixed into a command. */
    static final class Choice {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text (for people, the default) or json (one JSON document on stdout, nothing else)")
        private TextOrJson value;

        boolean isJson() {
            return value == JSON;
        }
    }
}
