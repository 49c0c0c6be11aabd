package dev.archetype.core.task;

/** Receives progress from long core work. Called from the worker thread; implementations must be cheap. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    /** @param fraction 0..1, or a negative value when unknown */
    void progress(double fraction, String message);
}
