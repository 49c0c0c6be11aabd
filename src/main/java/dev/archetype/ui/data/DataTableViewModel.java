package dev.archetype.ui.data;

import dev.archetype.core.data.Dataset;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.Formats;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.common.JobSlot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.function.Consumer;

/**
 * State of the data table: the Dataset shown, an optional row filter, the current row order and the
 * summary line. Small tables sort on the calling thread; large ones sort in the background and a newer
 * sort supersedes an older one.
 */
public final class DataTableViewModel {
    /** Above this many rows a sort goes through the background runner. */
    static final int INLINE_SORT_LIMIT = 50_000;

    private final BackgroundRunner runner;
    private final Consumer<Throwable> failures;
    private final ReadOnlyIntegerWrapper sortResets = new ReadOnlyIntegerWrapper(this, "sortResets");
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyObjectWrapper<int[]> rowOrder = new ReadOnlyObjectWrapper<>(this, "rowOrder");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper sorting = new ReadOnlyBooleanWrapper(this, "sorting");
    private List<SortKey> appliedKeys = List.of();
    private int[] filter;
    private int rowSetVersion;
    private final JobSlot sorts = new JobSlot();

    public DataTableViewModel(BackgroundRunner runner) {
        this(runner, DataTableViewModel::reportUncaught);
    }

    /** As {@link #DataTableViewModel(BackgroundRunner)}, with where a failed sort is reported (tests). */
    DataTableViewModel(BackgroundRunner runner, Consumer<Throwable> failures) {
        this.runner = runner;
        this.failures = failures;
        dataset.addListener((obs, old, now) -> {
            cancelSort();
            appliedKeys = List.of();
            filter = null;
            rowSetVersion++;
            rowOrder.set(null);
            updateSummary();
        });
    }

    /** The Dataset on screen; the shell binds this to the opened file's data. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /**
     * Dataset row at each table position; null while all rows show in file order. Changes either re-order
     * the same rows (a sort) or change which rows show (a filter), see {@link #rowSetVersion()}.
     */
    public ReadOnlyObjectProperty<int[]> rowOrderProperty() {
        return rowOrder.getReadOnlyProperty();
    }

    /** Increases whenever the set of rows shown changes (new data or a new filter), not on a sort. */
    public int rowSetVersion() {
        return rowSetVersion;
    }

    /** "440 rows × 8 columns · 0 missing" (or "12 of 440 rows …" while filtered). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sortingProperty() {
        return sorting.getReadOnlyProperty();
    }

    /** Increases when a sort failed and the rows went back to file order: the view drops its sort arrows. */
    public ReadOnlyIntegerProperty sortResetsProperty() {
        return sortResets.getReadOnlyProperty();
    }

    /**
     * Shows only {@code rows} (dataset row indices in ascending order, e.g. one cluster's members), keeping
     * the current sort; null shows every row again.
     */
    public void setRowFilter(int[] rows) {
        Dataset data = dataset.get();
        if (data == null) return;
        cancelSort();
        filter = rows == null ? null : rows.clone();
        rowSetVersion++;
        updateSummary();
        List<SortKey> keys = appliedKeys;
        appliedKeys = List.of();
        if (keys.isEmpty()) rowOrder.set(filter == null ? null : filter.clone());
        else sort(keys);
    }

    /** Sorts by {@code keys} (most significant first); an empty list restores file order. */
    public void sort(List<SortKey> keys) {
        Dataset data = dataset.get();
        List<SortKey> wanted = List.copyOf(keys);
        if (data == null || wanted.equals(appliedKeys)) return;
        cancelSort();
        appliedKeys = wanted;
        int[] rows = filter == null ? null : filter.clone();
        if (wanted.isEmpty()) {
            rowOrder.set(rows);
            return;
        }
        int count = rows == null ? data.rowCount() : rows.length;
        if (count <= INLINE_SORT_LIMIT) {
            rowOrder.set(order(data, rows, wanted, new SortProgress(), () -> false));
            return;
        }
        sorting.set(true);
        sorts.start(runner, "Sorting " + Formats.count(count) + " rows",
                (progress, cancel) -> order(data, rows, wanted, progress::progress, cancel),
                new JobCallbacks<>(order -> {
                    if (dataset.get() == data && appliedKeys.equals(wanted)) rowOrder.set(order);
                    sorting.set(sorts.busy());
                }, error -> {
                    sortFailed(data, wanted, error);
                    sorting.set(sorts.busy());
                }, () -> sorting.set(sorts.busy())));
        sorting.set(sorts.busy());
    }

    private static int[] order(Dataset data, int[] rows, List<SortKey> keys,
                               dev.archetype.core.task.ProgressListener progress, dev.archetype.core.task.Cancellation cancel) {
        return rows == null ? RowSorter.sortedOrder(data, keys, progress, cancel) : RowSorter.sort(data, rows, keys, progress, cancel);
    }

    /** Inline sorts report nowhere. */
    private static final class SortProgress implements dev.archetype.core.task.ProgressListener {
        @Override public void progress(double fraction, String message) { }
    }

    /**
     * A sort that failed (e.g. out of memory) must not leave arrows over rows in another order: back to file
     * order, and the failure goes to the window's error boundary like any other.
     */
    private void sortFailed(Dataset data, List<SortKey> wanted, Throwable error) {
        if (dataset.get() == data && appliedKeys.equals(wanted)) {
            appliedKeys = List.of();
            rowOrder.set(filter == null ? null : filter.clone());
            sortResets.set(sortResets.get() + 1);
        }
        failures.accept(error);
    }

    /** The real window's ErrorBoundary is the threads' uncaught-exception handler. */
    private static void reportUncaught(Throwable error) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, error);
    }

    private void cancelSort() {
        sorts.cancel();
        sorting.set(false);
    }

    private void updateSummary() {
        Dataset data = dataset.get();
        if (data == null) summary.set("");
        else if (filter == null) summary.set(summaryOf(data));
        else summary.set(Formats.count(filter.length) + " of " + summaryOf(data));
    }

    static String summaryOf(Dataset data) {
        return Formats.count(data.rowCount(), "row", "rows") + " × "
                + Formats.count(data.columnCount(), "column", "columns") + " · "
                + Formats.count(data.missingCells()) + " missing";
    }
}
