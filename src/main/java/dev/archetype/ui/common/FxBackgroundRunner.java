package dev.archetype.ui.common;

import dev.archetype.core.task.CancelledException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work as a {@link Task} on one app-wide pool of daemon threads (so an unfinished job never keeps the
 * JVM alive) and calls back on the FX thread. Must be used from the FX thread.
 */
public final class FxBackgroundRunner implements BackgroundRunner {
    private final ExecutorService executor;
    private final JobTracker tracker = new JobTracker();

    public FxBackgroundRunner() {
        this(daemonPool());
    }

    /** Runs jobs on {@code executor} (tests pass one that refuses work). */
    FxBackgroundRunner(ExecutorService executor) {
        this.executor = executor;
    }

    private static ExecutorService daemonPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "archetype-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
        WorkTask<T> task = new WorkTask<>(work);
        TaskJob job = new TaskJob(title, task);
        task.setOnSucceeded(e -> {
            tracker.ended(job);
            callbacks.onSuccess().accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            tracker.ended(job);
            callbacks.onCancelled().run();
        });
        task.setOnFailed(e -> {
            tracker.ended(job);
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                callbacks.onCancelled().run();
            } else {
                // The screen says what failed (through Failures, which logs an unexpected trace); an exception
                // from the callback itself reaches the window's ErrorBoundary like any other on the FX thread.
                callbacks.onFailure().accept(error);
            }
        });
        tracker.started(job);
        try {
            executor.execute(task);
        } catch (RuntimeException | Error e) {
            // No thread to run on (rejected, or out of memory for a new thread): end the job as failed instead
            // of leaving it "running" forever with the screen waiting for it.
            tracker.ended(job);
            callbacks.onFailure().accept(e);
        }
        return job;
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() {
        return tracker.activeProperty();
    }

    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call((fraction, message) -> {
                if (fraction < 0) updateProgress(-1, 1);
                else updateProgress(Math.min(1.0, fraction), 1.0);
                if (message != null) updateMessage(message);
            }, this::isCancelled);
        }
    }

    private static final class TaskJob implements BackgroundJob {
        private final String title;
        private final Task<?> task;
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);

        TaskJob(String title, Task<?> task) {
            this.title = title;
            this.task = task;
            running.bind(Bindings.createBooleanBinding(() -> !isDone(task.getState()), task.stateProperty()));
        }

        private static boolean isDone(Worker.State s) {
            return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
        }

        @Override public String title() { return title; }
        @Override public ReadOnlyDoubleProperty progressProperty() { return task.progressProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return task.messageProperty(); }
        @Override public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
        @Override public void cancel() { task.cancel(); }
    }
}
