package dev.archetype.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What happens when a job ends; exactly one of the three runs, on the FX thread (or the caller's thread
 * for {@link SameThreadRunner}).
 *
 * @param onSuccess   receives the work's result
 * @param onFailure   receives what the work threw (never a {@link dev.archetype.core.task.CancelledException})
 * @param onCancelled runs when the job was cancelled
 */
public record JobCallbacks<T>(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure, Runnable onCancelled) {

    public JobCallbacks {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(onCancelled, "onCancelled");
    }

    public static <T> JobCallbacks<T> of(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return new JobCallbacks<>(onSuccess, onFailure, () -> { });
    }
}
