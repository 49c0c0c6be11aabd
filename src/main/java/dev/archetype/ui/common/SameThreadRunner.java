package dev.archetype.ui.common;

import dev.archetype.core.task.CancelledException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work immediately on the calling thread, so a ViewModel test sees the outcome as soon as the
 * command returns. Progress is recorded on the job; cancelling from inside the work is honoured.
 */
public final class SameThreadRunner implements BackgroundRunner {
    private final JobTracker tracker = new JobTracker();
    private int jobsRun;

    @Override
    public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
        InlineJob job = new InlineJob(title);
        tracker.started(job);
        jobsRun++;
        T result;
        try {
            result = work.call(job::progress, job::isCancelled);
        } catch (CancelledException e) {
            finish(job);
            callbacks.onCancelled().run();
            return job;
        } catch (Exception | Error e) {
            finish(job);
            if (job.isCancelled()) callbacks.onCancelled().run();
            else callbacks.onFailure().accept(e);
            return job;
        }
        finish(job);
        if (job.isCancelled()) callbacks.onCancelled().run();
        else callbacks.onSuccess().accept(result);
        return job;
    }

    private void finish(InlineJob job) {
        job.running.set(false);
        tracker.ended(job);
    }

    /** How many jobs were submitted (lets tests check that work went through the runner). */
    public int jobsRun() {
        return jobsRun;
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() {
        return tracker.activeProperty();
    }

    private static final class InlineJob implements BackgroundJob {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private volatile boolean cancelled;

        InlineJob(String title) {
            this.title = title;
        }

        void progress(double fraction, String text) {
            progress.set(fraction);
            if (text != null) message.set(text);
        }

        boolean isCancelled() {
            return cancelled;
        }

        @Override public String title() { return title; }
        @Override public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
        @Override public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
        @Override public void cancel() { cancelled = true; }
    }
}
