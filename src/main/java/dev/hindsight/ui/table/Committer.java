package dev.hindsight.ui.table;

import dev.hindsight.input.ParseResult;

/** Takes what was typed into a cell: an error keeps the cell editing; ok carries a note to show, or "". */
@FunctionalInterface
public interface Committer {
    ParseResult<String> commit(int row, String text);
}
