package dev.archetype.ui.common;

import dev.archetype.core.failure.Failures;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The window's last line of defence: an exception nobody caught, on the FX thread (JavaFX hands those from
 * event handlers and pulses to the uncaught-exception handler and carries on) or on any worker thread,
 * becomes one short dialog line from {@link Failures#explain} (naming the log file with the trace), and the
 * window keeps running. One dialog at a time: a failure that repeats on every pulse must not bury the
 * window under dialogs.
 */
public final class ErrorBoundary implements Thread.UncaughtExceptionHandler {
    static final String TITLE = "Something went wrong";
    /** The same message again this soon after its dialog closed is a repeat of one failure, not news. */
    static final long REPEAT_QUIET_MS = 5_000;

    private final DialogService dialogs;
    private final Consumer<Runnable> onFxThread;
    private final Function<Throwable, Failures.Explained> explain;
    private final LongSupplier clock;
    private boolean showing;
    private String lastMessage;
    private long lastClosed;

    /**
     * @param onFxThread runs a task later on the FX thread ({@code Platform::runLater}); a dialog is never
     *                   shown from inside the failing code, which may be a layout pass where it is not allowed
     */
    public ErrorBoundary(DialogService dialogs, Consumer<Runnable> onFxThread,
                         Function<Throwable, Failures.Explained> explain, LongSupplier clock) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.onFxThread = Objects.requireNonNull(onFxThread);
        this.explain = Objects.requireNonNull(explain);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Makes a boundary that shows dialogs through {@code dialogs} the handler of every thread. */
    public static ErrorBoundary install(DialogService dialogs) {
        ErrorBoundary boundary = new ErrorBoundary(dialogs, javafx.application.Platform::runLater,
                Failures::explain, System::currentTimeMillis);
        Thread.setDefaultUncaughtExceptionHandler(boundary);
        return boundary;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            report(error);
        } catch (Throwable ignored) {
            // Nothing is left to tell the user with (e.g. still out of memory); the thread's death must not
            // recurse into this handler.
        }
    }

    /** Explains {@code error} (writing its trace to the log) and shows the line once the FX thread is free. */
    public void report(Throwable error) {
        Failures.Explained explained = explain.apply(error);
        if (explained.kind() == Failures.Kind.CANCELLED) return;
        String message = explained.message();
        onFxThread.accept(() -> show(message));
    }

    private void show(String message) {
        if (showing) return;
        if (message.equals(lastMessage) && clock.getAsLong() - lastClosed < REPEAT_QUIET_MS) return;
        showing = true;
        try {
            dialogs.showError(TITLE, message);
        } finally {
            showing = false;
            lastMessage = message;
            lastClosed = clock.getAsLong();
        }
    }
}
