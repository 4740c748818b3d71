package dev.hindsight.ui.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Where file work goes so the window never freezes: {@link #submit} runs the work on a
 * background thread and completes the returned future on the UI thread, so what is chained
 * to it with {@code thenAccept}/{@code whenComplete} (not the {@code Async} variants) runs there.
 * Cancelling the future with {@code cancel(true)} interrupts the work.
 */
public interface Background {
    <T> CompletableFuture<T> submit(String activity, Callable<T> work);

    /** What is running now ("Saving…"), or empty. */
    ReadOnlyStringProperty activity();
}
