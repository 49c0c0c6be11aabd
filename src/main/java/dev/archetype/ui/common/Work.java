package dev.archetype.ui.common;

import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

/**
 * A unit of long work handed to a {@link BackgroundRunner}. It runs off the FX thread, reports through
 * {@code progress} and polls {@code cancel}; it must not touch JavaFX nodes or properties.
 */
@FunctionalInterface
public interface Work<T> {
    T call(ProgressListener progress, Cancellation cancel) throws Exception;
}
