package dev.archetype.ui.common;

import dev.archetype.core.task.CancelledException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/** Test double: queues jobs and runs them only when the test says so, to check ordering and cancel. */
public final class ManualRunner implements BackgroundRunner {
    private final JobTracker tracker = new JobTracker();
    public final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
        Pending<T> p = new Pending<>(title, work, callbacks, tracker);
        pending.add(p);
        tracker.started(p);
        return p;
    }

    /** Runs every queued job in submission order. */
    public void runAll() {
        List<Pending<?>> jobs = new ArrayList<>(pending);
        pending.clear();
        for (Pending<?> p : jobs) p.execute();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() {
        return tracker.activeProperty();
    }

    public static final class Pending<T> implements BackgroundJob {
        private final String title;
        private final Work<T> work;
        private final JobCallbacks<T> callbacks;
        private final JobTracker tracker;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private boolean cancelled;

        Pending(String title, Work<T> work, JobCallbacks<T> callbacks, JobTracker tracker) {
            this.title = title;
            this.work = work;
            this.callbacks = callbacks;
            this.tracker = tracker;
        }

        void execute() {
            if (!running.get()) return;
            try {
                T value = work.call((f, m) -> progress.set(f), () -> cancelled);
                end();
                if (cancelled) callbacks.onCancelled().run();
                else callbacks.onSuccess().accept(value);
            } catch (CancelledException e) {
                end();
                callbacks.onCancelled().run();
            } catch (Exception e) {
                end();
                callbacks.onFailure().accept(e);
            }
        }

        private void end() {
            running.set(false);
            tracker.ended(this);
        }

        @Override public String title() { return title; }
        @Override public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
        @Override public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

        @Override
        public void cancel() {
            if (!running.get()) return;
            cancelled = true;
            end();
            callbacks.onCancelled().run();
        }
    }
}
