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
    private static final System.Logger LOG = System.getLogger(FxBackgroundRunner.class.getName());
    private final ExecutorService executor;
    private final JobTracker tracker = new JobTracker();

    public FxBackgroundRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
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
                LOG.log(System.Logger.Level.DEBUG, "Job failed: " + title, error);
                callbacks.onFailure().accept(error);
            }
        });
        tracker.started(job);
        executor.execute(task);
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
