package dev.archetype.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;

/** Keeps the list of running jobs and exposes the newest as the active one. Used on one thread only. */
final class JobTracker {
    private final List<BackgroundJob> running = new ArrayList<>();
    private final ReadOnlyObjectWrapper<BackgroundJob> active = new ReadOnlyObjectWrapper<>();

    void started(BackgroundJob job) {
        running.add(job);
        active.set(job);
    }

    void ended(BackgroundJob job) {
        running.remove(job);
        active.set(running.isEmpty() ? null : running.get(running.size() - 1));
    }

    ReadOnlyObjectProperty<BackgroundJob> activeProperty() {
        return active.getReadOnlyProperty();
    }
}
