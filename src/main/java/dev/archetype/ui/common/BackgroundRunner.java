package dev.archetype.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.function.Consumer;

/**
 * The one seam through which screens run slow work. {@link FxBackgroundRunner} runs it on a shared daemon
 * executor and calls back on the FX thread; {@link SameThreadRunner} runs it inline for deterministic
 * ViewModel tests.
 */
public interface BackgroundRunner {

    /** Starts {@code work}; exactly one of the callbacks runs when it ends. */
    <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks);

    /** Shorthand without a cancel callback. */
    default <T> BackgroundJob run(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        return run(title, work, JobCallbacks.of(onSuccess, onFailure));
    }

    /**
     * The most recently started job that is still running, or null when idle. The status bar binds its
     * progress bar and Cancel button to it.
     */
    ReadOnlyObjectProperty<BackgroundJob> activeJobProperty();
}
