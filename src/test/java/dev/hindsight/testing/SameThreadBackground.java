package dev.hindsight.testing;

import dev.hindsight.ui.support.Background;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs background work at once on the calling thread, so tests see its result immediately. */
public final class SameThreadBackground implements Background {
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    @Override
    public <T> CompletableFuture<T> submit(String name, Callable<T> work) {
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public ReadOnlyStringProperty activity() {
        return activity.getReadOnlyProperty();
    }
}
